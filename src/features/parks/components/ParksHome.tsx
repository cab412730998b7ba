// The parks tab body: this month's tips, facility filter, then every park and green space the sources name — open-now
// and the filter counting only verified hours and facilities (the kept copy, refreshed in the background).
import { useState } from 'react'
import { View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { useVerifiedFacts } from '@/components/verified-facts/use-verified-facts'
import { FilterFold } from '@/components/filter-fold/FilterFold'
import { StateMessage } from '@/components/state-message/StateMessage'
import type { FacilityKey } from '@/domain/facilities'
import { filterByFacilities, tipsForMonth } from '@/domain/parks'
import { toggleId } from '@/domain/saved-list'
import { indexFacts, mergeParks } from '@/domain/verified-merge'
import { loadParks } from '@/services/content/parks'
import { loadSeasonTips } from '@/services/content/seasons'
import { FacilityFilter } from './FacilityFilter'
import { MonthTips } from './MonthTips'
import { ParkCard } from './ParkCard'

const loadAll = () => Promise.all([loadParks(), loadSeasonTips()])

export function ParksHome() {
  const { state, retry } = useAsync(loadAll)
  const [chosen, setChosen] = useState<FacilityKey[]>([])
  const facts = useVerifiedFacts()
  const now = new Date()
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={([parks]) => parks.length === 0} emptyText='暂无公园信息'>
      {([bundledParks, tips]) => {
        // Hours and facilities count only where a worker verified them.
        const parks = mergeParks(bundledParks, indexFacts(facts, now))
        const result = filterByFacilities(parks, chosen)
        const shown = chosen.length === 0 ? parks : [...result.matches, ...result.unverified]
        return (
          <View className='parks-home'>
            <MonthTips month={now.getMonth() + 1} tips={tipsForMonth(tips, now.getMonth() + 1)} parks={parks} />
            <FilterFold chosen={chosen.length}>
              <FacilityFilter
                chosen={chosen}
                result={result}
                onToggle={(key) => setChosen((keys) => toggleId(keys, key))}
              />
            </FilterFold>
            {shown.length === 0 ? (
              <StateMessage
                kind='empty'
                description='没有符合所选设施的公园'
                action={{ text: '清除筛选', onClick: () => setChosen([]) }}
              />
            ) : (
              shown.map((park) => <ParkCard key={park.id} park={park} now={now} />)
            )}
          </View>
        )
      }}
    </AsyncView>
  )
}

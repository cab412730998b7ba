// Loads a park by id with the seasonal tips and the verified facts, for the plan-a-visit page.
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { StateMessage } from '@/components/state-message/StateMessage'
import { indexFacts, mergePark } from '@/domain/verified-merge'
import { loadParks } from '@/services/content/parks'
import { keptCopyNote, loadVerifiedFacts } from '@/services/verified-facts'
import { loadSeasonTips } from '@/services/content/seasons'
import { ParkDetail } from './ParkDetail'

export function ParkScreen({ id }: { id: string }) {
  const load = useCallback(() => Promise.all([loadParks(), loadSeasonTips(), loadVerifiedFacts()]), [])
  const { state, retry } = useAsync(load)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={2}>
      {([parks, tips, verified]) => {
        const park = parks.find((p) => p.id === id)
        const now = new Date()
        return park ? (
          <ParkDetail
            merged={mergePark(park, indexFacts(verified.facts, now))}
            parks={parks}
            tips={tips}
            now={now}
            factsNote={keptCopyNote(verified)}
          />
        ) : (
          <StateMessage
            kind='empty'
            title='找不到这个公园'
            description='链接可能有误，或信息已调整'
            action={{ text: '返回公园', onClick: () => Taro.switchTab({ url: '/pages/parks/index' }) }}
          />
        )
      }}
    </AsyncView>
  )
}

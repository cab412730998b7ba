// The seasonal calendar: for each month, which green spaces suit it and why (一般规律), starting from this month.
import { View, Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { tipsForMonth } from '@/domain/parks'
import { loadParks } from '@/services/content/parks'
import { loadSeasonTips } from '@/services/content/seasons'
import { MonthTips } from './MonthTips'

const loadAll = () => Promise.all([loadParks(), loadSeasonTips()])

export function CalendarScreen() {
  const { state, retry } = useAsync(loadAll)
  const first = new Date().getMonth()
  const months = Array.from({ length: 12 }, (_, i) => ((first + i) % 12) + 1)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={([, tips]) => tips.length === 0} emptyText='暂无游园日历'>
      {([parks, tips]) => (
        <View>
          <Text className='source-note'>
            以下为季节与植物的一般规律，不是各公园的官方安排；开放与花期以现场公示为准。
          </Text>
          {months.map((m) => (
            <MonthTips key={m} month={m} tips={tipsForMonth(tips, m)} parks={parks} showCalendarLink={false} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}

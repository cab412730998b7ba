// This month's seasonal tips (一般规律), each naming the green spaces it suits; a link to the whole year.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Park, SeasonTip } from '@/domain/content-schema'
import { headingProps } from '@/components/a11y/aria-props'
import { openCalendar, openPark } from '@/features/parks/navigation'
import './month-tips.scss'

interface MonthTipsProps {
  month: number
  tips: SeasonTip[]
  parks: Park[]
  /** The calendar page itself shows no link to itself. */
  showCalendarLink?: boolean
}

export function MonthTips({ month, tips, parks, showCalendarLink = true }: MonthTipsProps) {
  return (
    <View className='month-tips'>
      <Text className='month-tips__heading' {...headingProps(2)}>
        {month}月游园
      </Text>
      {tips.length === 0 && <Text className='month-tips__note'>本月暂无推荐。</Text>}
      {tips.map((tip) => (
        <View key={tip.id} className='month-tips__tip'>
          <Text className='month-tips__title'>
            {tip.title}
            <Text className='month-tips__basis'>（{tip.basis}）</Text>
          </Text>
          <Text className='month-tips__note'>{tip.note}</Text>
          <View className='month-tips__parks'>
            {tip.parkIds
              .map((id) => parks.find((p) => p.id === id))
              .filter((p): p is Park => Boolean(p))
              .map((p) => (
                <Button key={p.id} fill='outline' className='month-tips__park' onClick={() => openPark(p.id)}>
                  {p.name}
                </Button>
              ))}
          </View>
        </View>
      ))}
      {showCalendarLink && (
        <Button fill='none' className='month-tips__calendar' onClick={openCalendar}>
          查看全年游园日历 ›
        </Button>
      )}
    </View>
  )
}

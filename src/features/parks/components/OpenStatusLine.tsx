// 开放状态 for a park: 开放中 / 即将关闭 / 已关闭 with the next change, or 以现场公示为准 when hours are unknown.
import { Text } from '@tarojs/components'
import dayjs from 'dayjs'
import type { Park } from '@/domain/content-schema'
import { openStatus, type OpenState } from '@/domain/open-status'
import { Unverified } from '@/components/unverified/Unverified'

const LABEL: Record<Exclude<OpenState, 'unknown'>, string> = {
  open: '开放中',
  'closing-soon': '即将关闭',
  closed: '已关闭',
}

export function OpenStatusLine({ park, now }: { park: Park; now: Date }) {
  const status = openStatus(park.hours, now)
  return (
    <Text className='park-card__line'>
      开放时间：
      {status.state === 'unknown' ? (
        <Unverified label='以现场公示为准' />
      ) : (
        `${LABEL[status.state]}${status.nextChange ? `（${dayjs(status.nextChange).format('M月D日 HH:mm')} ${status.state === 'closed' ? '开放' : '关闭'}）` : ''}${status.closureReason ? ` · ${status.closureReason}` : ''}`
      )}
    </Text>
  )
}

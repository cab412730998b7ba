// 发送队列: each write to a notice not yet acknowledged, or acknowledged today — 待发送（why）/ 发送中 / 已发布 (已撤回 …) /
// 失败（原因）— and a line while storage lacks some of them.
import { View, Text } from '@tarojs/components'
import { headingProps } from '@/components/a11y/aria-props'
import { statusLabel, type OutboxEntry } from '@/domain/outbox'
import { STORAGE_WARNING, noticeOutbox } from '@/services/community/notice-outbox'
import { doneLabel, entryTitle } from './outbox-words'

export function OutboxList({ entries }: { entries: readonly OutboxEntry[] }) {
  if (entries.length === 0) return null
  return (
    <View className='desk__card'>
      <Text className='desk__heading' {...headingProps(2)}>
        发送队列
      </Text>
      {noticeOutbox.unsaved ? (
        <Text className='desk__error' {...{ role: 'status' }}>
          {STORAGE_WARNING}
        </Text>
      ) : null}
      {[...entries].reverse().map((e) => (
        <View key={e.key} className='desk__entry'>
          <Text className='desk__entry-title'>{entryTitle(e)}</Text>
          <Text className={`desk__status desk__status--${e.status}`}>{statusLabel(e, doneLabel(e))}</Text>
        </View>
      ))}
    </View>
  )
}

// 修改记录 of the notice being edited: who did what and when (each worker by name — only workers see this).
import { View, Text } from '@tarojs/components'
import type { NoticeHistoryEntry } from '@/domain/notice/schema'
import { formatChinaTime } from '@/domain/china-time'

const ACTION_LABELS: Record<NoticeHistoryEntry['action'], string> = {
  create: '创建',
  edit: '修改',
  pin: '置顶',
  unpin: '取消置顶',
  schedule: '定时发布',
  publish: '发布',
  withdraw: '撤回',
}

export function NoticeHistory({ history }: { history: NoticeHistoryEntry[] }) {
  if (history.length === 0) return null
  return (
    <View className='desk__card desk__section' role='list' aria-label='修改记录'>
      <Text className='desk__subheading'>修改记录</Text>
      {history.map((h) => (
        <Text key={`${h.at}-${h.action}`} className='desk__hint' {...{ role: 'listitem' }}>
          {`${formatChinaTime(h.at)} ${h.by.name} ${ACTION_LABELS[h.action]}`}
        </Text>
      ))}
    </View>
  )
}

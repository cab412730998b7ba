// Reports not yet on the server: 未联网，联网后自动提交 (retried when the network is back), 正在提交…, or 失败（原因）with
// 放回表单修改 and 删除.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OutboxEntry } from '@/domain/outbox'
import type { ReportCreateInput } from '@/domain/report'
import { REPORT_STORAGE_WARNING } from '@/services/community/report-outbox'
import { pendingReportLabel } from './submit-state'

interface PendingReportsProps {
  entries: readonly OutboxEntry[]
  unsaved: boolean
  onEdit: (entry: OutboxEntry) => void
  onRemove: (entry: OutboxEntry) => void
}

export function PendingReports({ entries, unsaved, onEdit, onRemove }: PendingReportsProps) {
  if (entries.length === 0 && !unsaved) return null
  return (
    <View className='report__pending'>
      {unsaved ? (
        <Text className='report__error' {...{ role: 'alert' }}>
          {REPORT_STORAGE_WARNING}
        </Text>
      ) : null}
      {entries.map((entry) => {
        const input = entry.payload as ReportCreateInput
        const photos = input.photos?.length ?? 0
        return (
          <View key={entry.key} className='report__item report__item--pending'>
            <Text className='report__item-title'>{`${input.category} · ${input.place}`}</Text>
            <Text className='report__item-body'>{input.description}</Text>
            {photos > 0 ? <Text className='report__hint'>{`${photos} 张照片`}</Text> : null}
            <Text
              className={entry.status === 'failed' ? 'report__error' : 'report__status'}
              {...{ role: entry.status === 'failed' ? 'alert' : 'status' }}
            >
              {pendingReportLabel(entry)}
            </Text>
            {entry.status === 'failed' ? (
              <View className='report__actions'>
                <Button fill='outline' onClick={() => onEdit(entry)}>
                  放回表单修改
                </Button>
                <Button fill='outline' aria-label='删除这条未发出的报告' onClick={() => onRemove(entry)}>
                  删除
                </Button>
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}

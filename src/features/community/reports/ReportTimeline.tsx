// A report's status timeline: 已提交 → 已受理 → 处理中 → 已办结, each step with when it was reached (or 已跳过), a step
// not reached yet read as what will happen (待受理 / 待处理 / 待办结), and who moved it there (a worker sees the worker; a resident, the community) with the replies under the step they
// were given at — all as plain text.
import { View, Text } from '@tarojs/components'
import type { ReportView } from '@/domain/api-contract'
import { REPORT_STATUSES, REPORT_STATUS_FUTURE_LABELS, REPORT_STATUS_LABELS } from '@/domain/report'
import { statusIndex } from '@/domain/report-lifecycle'
import { formatChinaTime } from '@/domain/china-time'

export function ReportTimeline({ report }: { report: ReportView }) {
  const current = statusIndex(report.status)
  return (
    <View className='report-timeline' role='list' aria-label='处理进度'>
      {REPORT_STATUSES.map((status, index) => {
        const entries = report.timeline.filter((t) => t.status === status)
        const reached = index <= current
        const by = entries[0]?.by?.name
        const when = entries.length > 0 ? formatChinaTime(entries[0].at) : reached ? '已跳过' : null
        const label = reached ? REPORT_STATUS_LABELS[status] : REPORT_STATUS_FUTURE_LABELS[status]
        const state = index === current ? 'current' : reached ? 'done' : 'todo'
        return (
          <View key={status} className={`report-timeline__step report-timeline__step--${state}`} role='listitem'>
            <View className='report-timeline__dot' aria-hidden />
            <View className='report-timeline__body'>
              <Text className='report-timeline__label'>
                {`${label}${index === current ? '（当前）' : ''}`}
              </Text>
              {when ? <Text className='report-timeline__time'>{by ? `${when} · ${by}` : when}</Text> : null}
              {entries
                .filter((t) => t.reply)
                .map((t) => (
                  <Text key={t.at} className='report-timeline__reply'>
                    {`${t.by?.name ?? '社区'}回复（${formatChinaTime(t.at)}）：${t.reply}`}
                  </Text>
                ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}

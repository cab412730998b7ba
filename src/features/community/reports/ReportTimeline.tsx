// A report's status timeline: 已提交 → 已受理 → 处理中 → 已办结, each step with when it was reached (or 已跳过), a step
// not reached yet read as what will happen (待受理 / 待处理 / 待办结), and who moved it there (a worker sees the worker;
// a resident, the community) with the replies under the step they were given at, the resident's 评价 too, and a 待回访
// step once a 不满意 reopened it — all as plain text.
import { View, Text } from '@tarojs/components'
import type { ReportView } from '@/domain/api-contract'
import {
  REPORT_STATUSES,
  REPORT_STATUS_FUTURE_LABELS,
  REPORT_STATUS_LABELS,
  type ReportTimelineEntry,
} from '@/domain/report'
import { ratingLine, statusIndex } from '@/domain/report-lifecycle'
import { formatChinaTime } from '@/domain/china-time'

/** The replies and 评价 given at a step, in time order. */
function EntryLines({ entries }: { entries: ReportTimelineEntry[] }) {
  return (
    <>
      {entries.map((t) =>
        t.rating ? (
          <Text key={`${t.at}-rating`} className='report-timeline__reply'>
            {`居民${ratingLine(t.rating)}（${formatChinaTime(t.at)}）`}
          </Text>
        ) : t.reply ? (
          <Text key={t.at} className='report-timeline__reply'>
            {`${t.by?.name ?? '社区'}回复（${formatChinaTime(t.at)}）：${t.reply}`}
          </Text>
        ) : null,
      )}
    </>
  )
}

export function ReportTimeline({ report }: { report: ReportView }) {
  const current = statusIndex(report.status)
  const revisits = report.timeline.filter((t) => t.status === 'revisit')
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
              <EntryLines entries={entries} />
            </View>
          </View>
        )
      })}
      {revisits.length > 0 ? (
        <View
          className={`report-timeline__step report-timeline__step--${report.status === 'revisit' ? 'current' : 'done'}`}
          role='listitem'
        >
          <View className='report-timeline__dot' aria-hidden />
          <View className='report-timeline__body'>
            <Text className='report-timeline__label'>
              {`${REPORT_STATUS_LABELS.revisit}${report.status === 'revisit' ? '（当前）' : ''}`}
            </Text>
            <Text className='report-timeline__time'>{formatChinaTime(revisits[0].at)}</Text>
            <EntryLines entries={revisits} />
          </View>
        </View>
      ) : null}
    </View>
  )
}

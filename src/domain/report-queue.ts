// The workers' queue of reports: 待回访 (a resident said 不满意), 新报告 (已提交), 未回复 (being handled, no reply yet) first,
// then the rest; newest first within a group. The server orders GET /api/reports for workers by this rule.
import type { ReportRecord } from './report'

/** The queue's groups in the order workers see them. */
export const REPORT_QUEUE_GROUPS = ['revisit', 'new', 'unanswered', 'other'] as const
export type ReportQueueGroup = (typeof REPORT_QUEUE_GROUPS)[number]
/** The groups the desk counts (the rest needs no one's attention). */
export type ReportQueueCounted = Exclude<ReportQueueGroup, 'other'>
export const REPORT_QUEUE_LABELS: Record<ReportQueueCounted, string> = {
  revisit: '待回访',
  new: '新报告',
  unanswered: '未回复',
}

/** A group's rank: 0 first. */
export const queueRank = (group: ReportQueueGroup) => REPORT_QUEUE_GROUPS.indexOf(group)

/** Which group a report is in: by its status, and (while handled) whether a worker has replied yet. */
export function queueGroupOf(report: Pick<ReportRecord, 'status' | 'timeline'>): ReportQueueGroup {
  if (report.status === 'revisit') return 'revisit'
  if (report.status === 'submitted') return 'new'
  if (report.status === 'resolved') return 'other'
  return report.timeline.some((t) => t.reply) ? 'other' : 'unanswered'
}

/** 待回访 2 · 新报告 3 · 未回复 0 — or 暂无待办报告 when all are 0. */
export function queueCountsLine(counts: Record<ReportQueueCounted, number>): string {
  const groups = (Object.keys(REPORT_QUEUE_LABELS) as ReportQueueCounted[]).filter((g) => counts[g] > 0)
  if (groups.length === 0) return '暂无待办报告'
  return groups.map((g) => `${REPORT_QUEUE_LABELS[g]} ${counts[g]} 条`).join(' · ')
}

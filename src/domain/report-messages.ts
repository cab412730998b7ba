// 我的消息: the rule for a resident's reports as messages — unread replies and status changes first, then the most
// recently changed — with each one's title (its number when it has one), latest reply, the badge text and the line an
// offline copy carries.
import type { ReportView } from './api-contract'
import { formatChinaShort } from './china-time'
import { REPORT_STATUS_LABELS } from './report'

/** Unread first, then the latest change first (ties: newest id last, so the order is stable). */
export function orderMessages<T extends Pick<ReportView, 'unread' | 'updatedAt' | 'id'>>(reports: readonly T[]): T[] {
  return [...reports].sort(
    (a, b) =>
      Number(b.unread) - Number(a.unread) ||
      Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
      a.id.localeCompare(b.id),
  )
}

/** The report's number (YWH-20261201-0042) once the server gives one, else its category and place. */
export function messageTitle(report: Pick<ReportView, 'category' | 'place'> & { number?: unknown }): string {
  const where = `${report.category} · ${report.place}`
  return typeof report.number === 'string' && report.number !== '' ? `${report.number} · ${where}` : where
}

/** The newest reply on the timeline, or null when nobody has replied yet. */
export function latestReply(report: Pick<ReportView, 'timeline'>): ReportView['timeline'][number] | null {
  for (let i = report.timeline.length - 1; i >= 0; i--) if (report.timeline[i].reply) return report.timeline[i]
  return null
}

/** One line under the title: the status, and what changed. */
export const messageStatus = (report: Pick<ReportView, 'status' | 'unread'>): string =>
  `${REPORT_STATUS_LABELS[report.status]}${report.unread ? ' · 有新进展' : ''}`

/** The line over a saved copy shown offline, e.g. 离线查看 · 更新于 12月2日 14:05. */
export const offlineAsOf = (fetchedAt: string): string => `离线查看 · 更新于 ${formatChinaShort(fetchedAt)}`

// A report's life as pure functions: the record a resident's report becomes, and a worker's updates along the status
// timeline 已提交 → 已受理 → 处理中 → 已办结, which only moves forward (a repeated update, an outbox retry, changes nothing).
import type { ApiError, Person } from '@/domain/validation'
import {
  REPORT_STATUSES,
  REPORT_STATUS_LABELS,
  type PhotoRef,
  type ReportCreate,
  type ReportPatch,
  type ReportRecord,
  type ReportStatus,
} from '@/domain/report'

export const statusIndex = (status: ReportStatus) => REPORT_STATUSES.indexOf(status)

/** Status moves forward only (steps may be skipped, e.g. 已受理 → 已办结); staying put is allowed for a reply. */
export function canMoveReport(from: ReportStatus, to: ReportStatus): boolean {
  return statusIndex(to) >= statusIndex(from)
}

/** The statuses a worker may choose next. */
export function nextReportStatuses(from: ReportStatus): ReportStatus[] {
  return REPORT_STATUSES.filter((s) => statusIndex(s) > statusIndex(from))
}

export interface NewReport {
  id: string
  /** Its report number, given by the server's per-community daily counter (src/domain/report-number.ts). */
  number: string
  ownerId: string
  /** Photos already stored by the caller. */
  photos: PhotoRef[]
  now: Date
}

export function createReport(input: ReportCreate, { id, number, ownerId, photos, now }: NewReport): ReportRecord {
  const at = now.toISOString()
  return {
    id,
    number,
    ownerId,
    category: input.category,
    description: input.description,
    place: input.place,
    photos,
    status: 'submitted',
    createdAt: at,
    updatedAt: at,
    timeline: [{ status: 'submitted', at, reply: null, by: null }],
  }
}

export type ReportResult =
  { ok: true; report: ReportRecord; changed: boolean } | ({ ok: false; status: 409 } & ApiError)

/**
 * A worker's update at `now`: a timeline entry with the new status and/or reply. Moving back is refused (409);
 * repeating the last entry (an outbox retry) changes nothing.
 */
export function applyReportUpdate(report: ReportRecord, patch: ReportPatch, by: Person, now: Date): ReportResult {
  const status = patch.status ?? report.status
  if (!canMoveReport(report.status, status)) {
    const message = `已是「${REPORT_STATUS_LABELS[report.status]}」，状态只能向前推进，不能改回「${REPORT_STATUS_LABELS[status]}」`
    return { ok: false, status: 409, error: message, fields: { status: message } }
  }
  const reply = patch.reply ?? null
  const last = report.timeline[report.timeline.length - 1]
  const repeat = status === report.status && (reply === null || (last.status === status && last.reply === reply))
  if (repeat) return { ok: true, report, changed: false }
  const at = now.toISOString()
  return {
    ok: true,
    changed: true,
    report: { ...report, status, updatedAt: at, timeline: [...report.timeline, { status, at, reply, by }] },
  }
}

// A report's life as pure functions: the record a resident's report becomes, a worker's updates along the status
// timeline 已提交 → 已受理 → 处理中 → 已办结, which only moves forward (a repeated update, an outbox retry, changes nothing),
// and the resident's 评价 once per 办结: 不满意 puts it in 待回访, from where a worker moves it to 处理中 or 已办结 again.
import type { ApiError, Person } from '@/domain/validation'
import {
  REPORT_STATUSES,
  REPORT_STATUS_LABELS,
  type PhotoRef,
  REPORT_RATING_LABELS,
  type ReportCreate,
  type ReportPatch,
  type ReportRating,
  type ReportRatingBody,
  type ReportRecord,
  type ReportStatus,
} from '@/domain/report'

/** A status's place among the timeline's steps; 待回访 comes after every step (已办结 was reached before it). */
export const statusIndex = (status: ReportStatus) =>
  status === 'revisit' ? REPORT_STATUSES.length : REPORT_STATUSES.indexOf(status)

/**
 * Where a worker may move a report: forward along the steps (skipping is fine, e.g. 已受理 → 已办结); from 待回访 to
 * 处理中 or straight to 已办结. 已办结 is final for workers; only the resident's 不满意 moves it (to 待回访).
 */
const WORKER_MOVES: Record<ReportStatus, readonly ReportStatus[]> = {
  submitted: ['accepted', 'in-progress', 'resolved'],
  accepted: ['in-progress', 'resolved'],
  'in-progress': ['resolved'],
  resolved: [],
  revisit: ['in-progress', 'resolved'],
}

/** Staying put is allowed (a reply); else only the moves above. */
export function canMoveReport(from: ReportStatus, to: ReportStatus): boolean {
  return from === to || WORKER_MOVES[from].includes(to)
}

/** The statuses a worker may choose next. */
export function nextReportStatuses(from: ReportStatus): ReportStatus[] {
  return [...WORKER_MOVES[from]]
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
    ...(input.subject ? { subject: input.subject } : {}),
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

/** The timeline index of the entry that began the current 办结 (the last move into 已办结), or -1 when not 已办结. */
function currentResolution(report: Pick<ReportRecord, 'status' | 'timeline'>): number {
  if (report.status !== 'resolved') return -1
  const t = report.timeline
  for (let i = t.length - 1; i >= 0; i--) if (t[i].status === 'resolved' && t[i - 1]?.status !== 'resolved') return i
  return -1
}

/** The most recent 评价 with when it was given, or null when the resident has never rated this report. */
export function latestRating(report: Pick<ReportRecord, 'timeline'>): (ReportRating & { at: string }) | null {
  const entry = [...report.timeline].reverse().find((t) => t.rating)
  return entry?.rating ? { ...entry.rating, at: entry.at } : null
}

/** One 评价 per 办结: open while 已办结 and not yet rated since it was (last) resolved. */
export function canRateReport(report: Pick<ReportRecord, 'status' | 'timeline'>): boolean {
  const start = currentResolution(report)
  return start >= 0 && !report.timeline.slice(start).some((t) => t.rating)
}

export const NOT_RESOLVED_YET = '这条反映还没有办结：办结后才能评价'
export const ALREADY_RATED = '这次办结已经评价过了，每次办结只能评价一次'

/**
 * The reporter's 评价 at `now`: a timeline entry with the rating; 不满意 moves the report to 待回访 (back in the
 * workers' queue with the words), 满意 / 基本满意 leave it 已办结. Not 已办结, or already rated this time: 409.
 */
export function applyReportRating(report: ReportRecord, body: ReportRatingBody, now: Date): ReportResult {
  if (!canRateReport(report)) {
    const error = report.status === 'resolved' ? ALREADY_RATED : NOT_RESOLVED_YET
    return { ok: false, status: 409, error, fields: { rating: error } }
  }
  const at = now.toISOString()
  const status: ReportStatus = body.rating === 'unsatisfied' ? 'revisit' : 'resolved'
  const rating: ReportRating = { value: body.rating, words: body.words ? body.words : null }
  return {
    ok: true,
    changed: true,
    report: {
      ...report,
      status,
      updatedAt: at,
      timeline: [...report.timeline, { status, at, reply: null, by: null, rating }],
    },
  }
}

/** 评价：不满意 · 「words」 — how a 评价 reads on the timeline and to workers. */
export function ratingLine(rating: ReportRating): string {
  const label = `评价：${REPORT_RATING_LABELS[rating.value]}`
  return rating.words ? `${label} · 「${rating.words}」` : label
}

// The verify form as a worker fills it (one draft per field, kept on the device) and how it becomes the body of
// POST /api/verified-facts: each value kind's editor state, 确认未知, how it was checked, evidence and the re-check date.
import { FACT_SUBJECT_KINDS, RECHECK_DEFAULT_DAYS, VERIFY_METHODS } from './verified-facts'
import { addDays, chinaToday } from './recheck-date'
import type { FactSubject, FactValueKind, MapPoint, VerifyBodyInput, VerifyMethod } from './verified-facts'

export interface HoursSeasonDraft {
  from: string
  to: string
  ranges: { open: string; close: string }[]
}

/** A closure as the form holds it: on a weekday (0 = 周日) or on one date, with the reason. */
export interface ClosureDraft {
  by: 'weekday' | 'date'
  weekday: number
  date: string
  reason: string
}

export interface HoursDraft {
  mode: 'always' | 'scheduled'
  seasons: HoursSeasonDraft[]
  closures: ClosureDraft[]
}

export interface VerifyDraft {
  /** A text or phone value as typed. */
  text: string
  list: string[]
  address: { text: string; point: MapPoint | null }
  hours: HoursDraft
  facility: 'present' | 'absent' | null
  /** 确认未知: checked, and nobody can say (the value sent is null). */
  unknown: boolean
  method: VerifyMethod | null
  noticeTitle: string
  /** A photo of the notice as a data URL, uploaded when the worker publishes. */
  photo: string | null
  recheckBy: string
}

export const emptySeason = (): HoursSeasonDraft => ({ from: '01-01', to: '12-31', ranges: [{ open: '', close: '' }] })

export function emptyVerifyDraft(now: Date): VerifyDraft {
  return {
    text: '',
    list: [''],
    address: { text: '', point: null },
    hours: { mode: 'scheduled', seasons: [emptySeason()], closures: [] },
    facility: null,
    unknown: false,
    method: null,
    noticeTitle: '',
    photo: null,
    recheckBy: addDays(chinaToday(now), RECHECK_DEFAULT_DAYS),
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object'

/** A stored draft of this shape (anything else, e.g. from an older version, counts as none). */
export function isVerifyDraft(value: unknown): value is VerifyDraft {
  if (!isObject(value)) return false
  const d = value
  return (
    typeof d.text === 'string' &&
    Array.isArray(d.list) &&
    d.list.every((row) => typeof row === 'string') &&
    isObject(d.address) &&
    typeof d.address.text === 'string' &&
    isObject(d.hours) &&
    Array.isArray(d.hours.seasons) &&
    Array.isArray(d.hours.closures) &&
    typeof d.unknown === 'boolean' &&
    (d.method === null || VERIFY_METHODS.includes(d.method as VerifyMethod)) &&
    typeof d.noticeTitle === 'string' &&
    (d.photo === null || typeof d.photo === 'string') &&
    typeof d.recheckBy === 'string'
  )
}

/** The value as the contract wants it for the field's kind (null for 确认未知). */
export function draftValue(draft: VerifyDraft, kind: FactValueKind): unknown {
  if (draft.unknown) return null
  switch (kind) {
    case 'text':
    case 'phone':
      return draft.text.trim()
    case 'list':
      return draft.list.map((row) => row.trim())
    case 'address':
      return { text: draft.address.text.trim(), point: draft.address.point }
    case 'opening-hours':
      return draft.hours.mode === 'always'
        ? { kind: 'always' }
        : {
            kind: 'scheduled',
            seasons: draft.hours.seasons,
            closures: draft.hours.closures.map((c) =>
              c.by === 'weekday' ? { weekday: c.weekday, reason: c.reason } : { date: c.date, reason: c.reason },
            ),
          }
    case 'facility':
      // Not chosen yet is not 确认未知: '' makes the schema say 请选择有或没有.
      return draft.facility ?? ''
  }
}

/** The POST body; `photoId` is the uploaded photo's id (or a stand-in while checking before upload). */
export function verifyBody(
  draft: VerifyDraft,
  subject: FactSubject,
  kind: FactValueKind,
  options: { photoId: string | null; reportId?: string },
): VerifyBodyInput {
  const body: VerifyBodyInput = {
    subject,
    value: draftValue(draft, kind),
    method: (draft.method ?? '') as VerifyMethod,
    evidence: { noticeTitle: draft.noticeTitle.trim() || null, photoId: options.photoId },
    recheckBy: draft.recheckBy,
  }
  if (options.reportId) body.reportId = options.reportId
  return body
}

/** Route params of the verify page as a subject, or null when they do not name a verifiable field. */
export function subjectOfParams(params: Record<string, string | undefined>): FactSubject | null {
  const { kind, id, field } = params
  if (!kind || !id || !field || !FACT_SUBJECT_KINDS.includes(kind as FactSubject['kind'])) return null
  return { kind: kind as FactSubject['kind'], id, field }
}

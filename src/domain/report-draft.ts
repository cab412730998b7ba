// A resident's report being written (小事快办): what the form holds, kept as a draft between visits and crashes.
import { MAX_PHOTOS } from './report'
import { FACT_SUBJECT_KINDS, fieldDefinition, type FactSubjectRef } from './verified-fields'

export interface ReportDraft {
  category: string
  description: string
  place: string
  /** data:image/…;base64 URLs, already compressed; may be dropped when storage cannot hold them. */
  photos: string[]
  /** 信息有误 / 我来补充: the field the report is about (kept with the draft and in the outbox). */
  subject?: FactSubjectRef
}

/** A subject as a draft or a link holds it: a field VERIFIABLE_FIELDS lists for its kind. */
export function isFactSubject(value: unknown): value is FactSubjectRef {
  const s = value as FactSubjectRef
  return (
    Boolean(s) &&
    typeof s === 'object' &&
    FACT_SUBJECT_KINDS.includes(s.kind) &&
    typeof s.id === 'string' &&
    /^[a-z0-9-]{1,64}$/.test(s.id) &&
    typeof s.field === 'string' &&
    fieldDefinition(s.kind, s.field) !== null
  )
}

export const EMPTY_REPORT_DRAFT: ReportDraft = { category: '', description: '', place: '', photos: [] }

export function isReportDraft(value: unknown): value is ReportDraft {
  if (!value || typeof value !== 'object') return false
  const d = value as Record<string, unknown>
  return (
    typeof d.category === 'string' &&
    typeof d.description === 'string' &&
    typeof d.place === 'string' &&
    Array.isArray(d.photos) &&
    d.photos.length <= MAX_PHOTOS &&
    d.photos.every((p) => typeof p === 'string' && p.startsWith('data:image/')) &&
    (d.subject === undefined || isFactSubject(d.subject))
  )
}

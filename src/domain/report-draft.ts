// A resident's report being written (小事快办): what the form holds, kept as a draft between visits and crashes.
import { MAX_PHOTOS } from './report'

export interface ReportDraft {
  category: string
  description: string
  place: string
  /** data:image/…;base64 URLs, already compressed; may be dropped when storage cannot hold them. */
  photos: string[]
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
    d.photos.every((p) => typeof p === 'string' && p.startsWith('data:image/'))
  )
}

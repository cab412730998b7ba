// The 评价 a resident is writing on a finished report (the choice and the words), kept per report until it is sent, so
// a failed send, a reload of the list or closing the app loses nothing.
import { REPORT_RATINGS, type ReportRatingValue } from '@/domain/report'
import { DraftStore } from '@/services/drafts'
import { STORAGE_KEYS, storage } from '@/services/storage'

export interface RatingDraft {
  choice: ReportRatingValue | null
  words: string
}

const isRatingDraft = (value: unknown): value is RatingDraft => {
  if (!value || typeof value !== 'object') return false
  const { choice, words } = value as Record<string, unknown>
  return typeof words === 'string' && (choice === null || REPORT_RATINGS.includes(choice as ReportRatingValue))
}

const drafts = new DraftStore<RatingDraft>(storage, isRatingDraft)
const keyOf = (reportId: string) => `${STORAGE_KEYS.ratingDraft}.${reportId}`

export const ratingDrafts = {
  load: (reportId: string): RatingDraft => drafts.load(keyOf(reportId)) ?? { choice: null, words: '' },
  /** Saved to storage, else kept in memory for this run of the app. */
  save(reportId: string, draft: RatingDraft): void {
    if (!drafts.save(keyOf(reportId), draft)) drafts.remember(keyOf(reportId), draft)
  },
  clear: (reportId: string): void => drafts.clear(keyOf(reportId)),
}

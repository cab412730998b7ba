// The 小事快办 form's draft (and, under its own key, a 信息纠错 one), saved on every change: with its photos when storage holds them, else the text alone (the
// photos stay in memory and the resident is told), else in memory only (with a warning).
import { isReportDraft, type ReportDraft } from '@/domain/report-draft'
import { DraftStore } from '@/services/drafts'
import { STORAGE_KEYS, storage, type KeyValueStore, type Storage } from '@/services/storage'

/** Where the draft now is: all in storage; in storage without its photos; or in memory only. */
export type DraftSaved = 'saved' | 'without-photos' | 'memory-only'

export const DRAFT_NOTES: Record<DraftSaved, string> = {
  saved: '草稿已自动保存',
  'without-photos': '草稿已保存，但照片太大存不进本机：退出后照片需重新添加',
  'memory-only': '存储空间不足：草稿只保存在内存中，请勿关闭',
}

export function createReportDrafts(store: KeyValueStore | Storage, key: string = STORAGE_KEYS.reportDraft) {
  const drafts = new DraftStore<ReportDraft>(store, isReportDraft)
  return {
    load: (): ReportDraft | null => drafts.load(key),
    save(draft: ReportDraft): DraftSaved {
      if (drafts.save(key, draft)) return 'saved'
      if (draft.photos.length === 0) return 'memory-only'
      // Storage keeps what it can (the text); memory keeps the photos for this visit.
      const textKept = drafts.writeRaw(key, { ...draft, photos: [] })
      drafts.remember(key, draft)
      return textKept ? 'without-photos' : 'memory-only'
    },
    clear: (): void => drafts.clear(key),
  }
}

export const reportDrafts = createReportDrafts(storage)

/** The draft of a 信息有误 / 我来补充 report (one field of a guide or park), kept apart from the 小事快办 draft. */
export const correctionDrafts = createReportDrafts(storage, STORAGE_KEYS.correctionDraft)

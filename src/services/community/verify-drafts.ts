// The verify form's drafts, one per field (guide:utilities-heating:where …), kept until published, so leaving the page,
// a failed send or closing the app loses nothing; when storage is full the draft stays in memory for this run.
import { isVerifyDraft, type VerifyDraft } from '@/domain/verify-draft'
import { subjectKey, type FactSubject } from '@/domain/verified-facts'
import { DraftStore } from '@/services/drafts'
import { STORAGE_KEYS, storage } from '@/services/storage'

const drafts = new DraftStore<VerifyDraft>(storage, isVerifyDraft)
const keyOf = (subject: FactSubject) => `${STORAGE_KEYS.verifyDraft}.${subjectKey(subject)}`

export const DRAFT_KEPT = '草稿已自动保存'
export const DRAFT_IN_MEMORY = '存储空间不足：草稿只保存在内存中，请勿关闭'

export const verifyDrafts = {
  load: (subject: FactSubject): VerifyDraft | null => drafts.load(keyOf(subject)),
  /** The line to show: saved, or kept in memory only. */
  save(subject: FactSubject, draft: VerifyDraft): string {
    if (drafts.save(keyOf(subject), draft)) return DRAFT_KEPT
    drafts.remember(keyOf(subject), draft)
    return DRAFT_IN_MEMORY
  },
  clear: (subject: FactSubject): void => drafts.clear(keyOf(subject)),
}

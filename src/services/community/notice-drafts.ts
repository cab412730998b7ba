// The notice form's drafts (a new notice's and an edit's, each under its own key), saved through the storage wrapper;
// when storage fails the draft stays in memory and a toast says so — once when saving starts to fail, not at every
// pause in typing (the form's status line stays meanwhile).
import Taro from '@tarojs/taro'
import { isComposeDraft, type ComposeDraft } from '@/domain/notice/compose'
import { DraftStore } from '@/services/drafts'
import { storage } from '@/services/storage'

export const DRAFT_MEMORY_ONLY = '存储空间不足：草稿只保存在内存中，请勿关闭'

const drafts = new DraftStore<ComposeDraft>(storage, isComposeDraft)

export const loadDraft = (key: string): ComposeDraft | null => drafts.load(key)
export const clearDraft = (key: string): void => drafts.clear(key)

const failing = new Set<string>()

/** Saves the draft; returns whether storage has it (else memory does, and the worker has been told). */
export function saveDraft(key: string, draft: ComposeDraft): boolean {
  if (drafts.save(key, draft)) {
    failing.delete(key)
    return true
  }
  if (!failing.has(key)) void Taro.showToast({ title: DRAFT_MEMORY_ONLY, icon: 'none', duration: 3000 })
  failing.add(key)
  return false
}

// The compose form's storage and sending: drafts (a new notice's and an edit's, each under its own key) saved with a
// toast when storage fails, and an edit saved straight to PATCH /api/notices/:id with its idempotency key — a
// refusal comes back as messages per field, and the edit stays a draft whatever happens.
import Taro from '@tarojs/taro'
import { checkEdit, isComposeDraft, type ComposeDraft } from '@/domain/notice/compose'
import type { FieldErrors } from '@/domain/validation'
import { ApiRequestError, messageOf } from './api-client'
import { patchNotice } from './community-api'
import { DraftStore } from './drafts'
import { taroStore } from './key-value-store'
import { randomId } from './random-id'

export const DRAFT_KEY = 'community.compose.draft.v1'
export const EDIT_DRAFT_KEY = 'community.compose.edit.v1'
export const DRAFT_MEMORY_ONLY = '存储空间不足：草稿只保存在内存中，请勿关闭'

const drafts = new DraftStore<ComposeDraft>(taroStore, isComposeDraft)

export const loadDraft = (key: string): ComposeDraft | null => drafts.load(key)
export const clearDraft = (key: string): void => drafts.clear(key)

const failing = new Set<string>()

/**
 * Saves the draft; when storage fails it stays in memory and a toast says so — once when saving starts to fail, not
 * at every pause in typing (the form's status line stays meanwhile). Returns whether storage has it.
 */
export function saveDraft(key: string, draft: ComposeDraft): boolean {
  if (drafts.save(key, draft)) {
    failing.delete(key)
    return true
  }
  if (!failing.has(key)) void Taro.showToast({ title: DRAFT_MEMORY_ONLY, icon: 'none', duration: 3000 })
  failing.add(key)
  return false
}

/** A new idempotency key for one edit (kept in its draft, so a retry of the same edit reuses it). */
export const newEditKey = (): string => `e-${randomId(12)}`

export type EditOutcome =
  | { ok: true }
  /** `retryKey`: a new key for the next try (the server gave a final answer to the old one). */
  | { ok: false; fields: FieldErrors; message: string; retryKey?: string }

const KEPT = '修改已保存为草稿，不会丢失'

/** Checks the edit and sends it; every failure says why in Chinese and leaves the draft in place. */
export async function saveNoticeEdit(draft: ComposeDraft, now: Date): Promise<EditOutcome> {
  const checked = checkEdit(draft, now)
  if (!checked.ok) {
    const message = checked.message ?? '请按提示修改后再保存'
    return { ok: false, fields: checked.fields, message }
  }
  try {
    await patchNotice(checked.id, checked.patch, checked.key)
    return { ok: true }
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.retryable) {
      return { ok: false, fields: {}, message: `${messageOf(error)}。${KEPT}，网络恢复后请再点保存` }
    }
    const retryKey = newEditKey()
    if (error.status === 409) {
      const message = `未能保存：${error.message}。这条通知的状态已变（可能已发布、已撤回或被别人改过），请刷新列表后重新编辑；${KEPT}`
      return { ok: false, fields: error.fields, message, retryKey }
    }
    if (error.status === 400) {
      return { ok: false, fields: error.fields, message: `${error.message}。请按提示修改后再保存`, retryKey }
    }
    return { ok: false, fields: {}, message: `${error.message}。${KEPT}`, retryKey }
  }
}

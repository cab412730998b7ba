// What 发布 and 保存修改 do: check the draft (a message per field), then put the write in the notices' outbox and say
// what became of it — 已发布 / 未联网，联网后自动发布; an edit the server refused comes back with its messages (and a
// fresh key for the next try), the edit kept as a draft.
import { checkDraft, checkEdit, type ComposeDraft } from '@/domain/notice/compose'
import type { FieldErrors } from '@/domain/validation'
import { changeNotice, newChangeKey, noticeOutbox, publishNotice } from '@/services/community/notice-outbox'
import { entryNote } from './outbox-words'

export type Submitted =
  | { done: true; note: string }
  /** `draft`: the draft to keep instead (with a fresh idempotency key). */
  | { done: false; fields: FieldErrors; message: string; draft?: ComposeDraft }

const KEPT = '修改已保存为草稿，不会丢失'

/** A new notice: checked, then into the outbox (sent at once when online). */
export async function submitNew(draft: ComposeDraft, now: Date): Promise<Submitted> {
  const checked = checkDraft(draft, now)
  if (!checked.ok) return { done: false, fields: checked.fields, message: '请按提示修改后再发布' }
  return { done: true, note: entryNote(await publishNotice(checked.input)) }
}

/** Only the new notice's checks, for the confirmation to follow (null: nothing wrong). */
export function checkNew(draft: ComposeDraft, now: Date): FieldErrors | null {
  const checked = checkDraft(draft, now)
  return checked.ok ? null : checked.fields
}

/** An edit: only what changed, as a change in the outbox; a refusal keeps the draft with the server's messages. */
export async function submitEdit(draft: ComposeDraft, now: Date): Promise<Submitted> {
  const checked = checkEdit(draft, now)
  if (!checked.ok) return { done: false, fields: checked.fields, message: checked.message ?? '请按提示修改后再保存' }
  const title = draft.title
  const entry = await changeNotice({ id: checked.id, title, change: 'edit', patch: checked.patch }, checked.key)
  if (entry.status !== 'failed') return { done: true, note: entryNote(entry) }
  // Back in the form: the outbox lets go of it, and the next try is a new edit with a new key.
  noticeOutbox.remove(entry.key)
  const kept = draft.editing ? { ...draft, editing: { ...draft.editing, key: newChangeKey() } } : undefined
  const reason = entry.lastError ?? '未知原因'
  const fields = entry.refusal?.fields ?? {}
  if (entry.refusal?.status === 409) {
    const message = `未能保存：${reason}。这条通知的状态已变（可能已发布、已撤回或被别人改过），请刷新列表后重新编辑；${KEPT}`
    return { done: false, fields, message, draft: kept }
  }
  if (entry.refusal?.status === 400) {
    return { done: false, fields, message: `${reason}。请按提示修改后再保存`, draft: kept }
  }
  return { done: false, fields: {}, message: `${reason}。${KEPT}`, draft: kept }
}

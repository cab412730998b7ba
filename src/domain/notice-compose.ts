// A worker's notice being written: the draft as typed (times as "2026-05-01 09:00", China time), checked with the
// API's own schema so every field gets the same Chinese message the server would give.
import { noticeCreateSchema, type NoticeCreateInput } from './notice'
import { parseChinaTime } from './notice-feed'
import { validate, type FieldErrors } from './validation'

export interface ComposeDraft {
  category: string
  title: string
  body: string
  pinned: boolean
  mode: 'now' | 'scheduled'
  /** As typed, China time; used when mode is 'scheduled'. */
  publishAt: string
  /** As typed, China time; empty for no expiry. */
  expireAt: string
}

export const EMPTY_DRAFT: ComposeDraft = {
  category: '',
  title: '',
  body: '',
  pinned: false,
  mode: 'now',
  publishAt: '',
  expireAt: '',
}

export function isComposeDraft(value: unknown): value is ComposeDraft {
  if (!value || typeof value !== 'object') return false
  const d = value as ComposeDraft
  return (
    ['category', 'title', 'body', 'publishAt', 'expireAt'].every(
      (k) => typeof (d as unknown as Record<string, unknown>)[k] === 'string',
    ) &&
    typeof d.pinned === 'boolean' &&
    (d.mode === 'now' || d.mode === 'scheduled')
  )
}

export const TIME_FORMAT_HINT = '格式如 2026-05-01 09:00'

export type ComposeResult = { ok: true; input: NoticeCreateInput } | { ok: false; fields: FieldErrors }

/** The POST /api/notices body for this draft, or a message per field. `now` decides whether a time is past. */
export function checkDraft(draft: ComposeDraft, now: Date): ComposeResult {
  const fields: FieldErrors = {}
  const publishAt = draft.mode === 'scheduled' ? parseChinaTime(draft.publishAt) : null
  const expireAt = draft.expireAt.trim() ? parseChinaTime(draft.expireAt) : null
  if (draft.mode === 'scheduled') {
    if (!draft.publishAt.trim()) fields.publishAt = '定时发布请填写发布时间'
    else if (!publishAt) fields.publishAt = `发布时间${TIME_FORMAT_HINT}`
    else if (Date.parse(publishAt) <= now.getTime()) fields.publishAt = '发布时间必须晚于现在'
  }
  if (draft.expireAt.trim() && !expireAt) fields.expireAt = `截止时间${TIME_FORMAT_HINT}`
  else if (expireAt && Date.parse(expireAt) <= Math.max(now.getTime(), publishAt ? Date.parse(publishAt) : 0)) {
    fields.expireAt = publishAt ? '截止时间必须晚于发布时间' : '截止时间必须晚于现在'
  }
  const input: Record<string, unknown> = {
    category: draft.category,
    title: draft.title,
    body: draft.body,
    pinned: draft.pinned,
    mode: draft.mode,
  }
  if (publishAt) input.publishAt = publishAt
  if (expireAt) input.expireAt = expireAt
  const result = validate(noticeCreateSchema, input)
  if (!result.ok) {
    for (const [key, message] of Object.entries(result.error.fields ?? {})) fields[key] ??= message
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields }
  return { ok: true, input: input as NoticeCreateInput }
}

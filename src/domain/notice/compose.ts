// A worker's notice being written or edited: the draft (times as "2026-05-01 09:00", China time), checked with the
// API's own schemas so every field gets the same Chinese message the server would give; an edit becomes the PATCH of
// only what changed.
import { formatChinaTime, parseChinaTime } from '@/domain/china-time'
import { validate, type FieldErrors } from '@/domain/validation'
import type { NoticeState } from './labels'
import { expiryProblem } from './rules'
import { noticeCreateSchema, noticePatchSchema, type NoticeCreateInput, type NoticePatchInput } from './schema'

/** The notice a draft edits: its id, its state when opened, what it said then, and the PATCH's idempotency key. */
export interface EditTarget {
  id: string
  state: NoticeState
  original: ComposeFields
  key: string
}

export interface ComposeFields {
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

export interface ComposeDraft extends ComposeFields {
  /** Set when the draft edits a notice already sent; absent for a new notice. */
  editing?: EditTarget
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

function isFields(value: unknown): value is ComposeFields {
  if (!value || typeof value !== 'object') return false
  const d = value as ComposeFields
  return (
    ['category', 'title', 'body', 'publishAt', 'expireAt'].every(
      (k) => typeof (d as unknown as Record<string, unknown>)[k] === 'string',
    ) &&
    typeof d.pinned === 'boolean' &&
    (d.mode === 'now' || d.mode === 'scheduled')
  )
}

function isEditTarget(value: unknown): value is EditTarget {
  if (!value || typeof value !== 'object') return false
  const t = value as EditTarget
  return typeof t.id === 'string' && typeof t.key === 'string' && typeof t.state === 'string' && isFields(t.original)
}

export function isComposeDraft(value: unknown): value is ComposeDraft {
  if (!isFields(value)) return false
  const editing = (value as ComposeDraft).editing
  return editing === undefined || isEditTarget(editing)
}

/** The fields of a notice as the form shows them (times in China time). */
export interface EditableNotice {
  id: string
  state: NoticeState
  category: string
  title: string
  body: string
  pinned: boolean
  publishAt: string | null
  expireAt: string | null
}

/** The form filled with a notice to edit; `key` is the idempotency key its PATCH will carry. */
export function draftFromNotice(notice: EditableNotice, key: string): ComposeDraft {
  const fields: ComposeFields = {
    category: notice.category,
    title: notice.title,
    body: notice.body,
    pinned: notice.pinned,
    mode: notice.state === 'draft' ? 'now' : 'scheduled',
    publishAt: notice.publishAt ? formatChinaTime(notice.publishAt) : '',
    expireAt: notice.expireAt ? formatChinaTime(notice.expireAt) : '',
  }
  // A published notice's publish time is history, not a choice: it is kept only to check the expiry against.
  if (notice.state !== 'scheduled' && notice.state !== 'draft') fields.mode = 'now'
  return { ...fields, editing: { id: notice.id, state: notice.state, original: fields, key } }
}

/** Whether the publish time can still change: only before the notice goes out. */
export const canReschedule = (target: EditTarget | undefined) =>
  target === undefined || target.state === 'scheduled' || target.state === 'draft'

const TIME_FORMAT_HINT = '格式如 2026-05-01 09:00'
export const NOTHING_CHANGED = '没有修改任何内容'

export type ComposeResult = { ok: true; input: NoticeCreateInput } | { ok: false; fields: FieldErrors }
export type EditResult =
  { ok: true; id: string; key: string; patch: NoticePatchInput } | { ok: false; fields: FieldErrors; message?: string }

/** The publish and expiry times as ISO, with a message per field for a missing, malformed or out-of-order time. */
function checkTimes(draft: ComposeFields, now: Date, fixedPublishAt: string | null) {
  const fields: FieldErrors = {}
  const scheduling = fixedPublishAt === null && draft.mode === 'scheduled'
  const publishAt = scheduling ? parseChinaTime(draft.publishAt) : fixedPublishAt
  const expireAt = draft.expireAt.trim() ? parseChinaTime(draft.expireAt) : null
  if (scheduling) {
    if (!draft.publishAt.trim()) fields.publishAt = '定时发布请选择发布时间'
    else if (!publishAt) fields.publishAt = `发布时间${TIME_FORMAT_HINT}`
    else if (Date.parse(publishAt) <= now.getTime()) fields.publishAt = '发布时间必须晚于现在'
  }
  if (draft.expireAt.trim() && !expireAt) fields.expireAt = `截止时间${TIME_FORMAT_HINT}`
  else {
    const problem = expiryProblem({ publishAt, expireAt }, now)
    if (problem) fields.expireAt = problem
  }
  return { fields, publishAt: scheduling ? publishAt : null, expireAt }
}

/** The POST /api/notices body for this draft, or a message per field. `now` decides whether a time is past. */
export function checkDraft(draft: ComposeFields, now: Date): ComposeResult {
  const { fields, publishAt, expireAt } = checkTimes(draft, now, null)
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

/**
 * The PATCH /api/notices/:id body for an edit: only the fields that differ from the notice as opened; for a scheduled
 * or draft notice a new publish time (定时) or 立即发布; a message per field, or NOTHING_CHANGED.
 */
export function checkEdit(draft: ComposeDraft, now: Date): EditResult {
  const target = draft.editing
  if (!target) return { ok: false, fields: {}, message: '这不是对已有通知的修改' }
  const before = target.original
  const reschedulable = canReschedule(target)
  const fixed = reschedulable ? null : parseChinaTime(before.publishAt)
  const times = checkTimes(draft, now, fixed)
  const fields: FieldErrors = { ...times.fields }
  // An expiry left as it was is not re-checked against now: a published notice may keep its end date.
  if (draft.expireAt === before.expireAt) delete fields.expireAt
  const patch: NoticePatchInput = {}
  if (draft.category !== before.category) patch.category = draft.category as NoticePatchInput['category']
  if (draft.title !== before.title) patch.title = draft.title
  if (draft.body !== before.body) patch.body = draft.body
  if (draft.pinned !== before.pinned) patch.pinned = draft.pinned
  if (draft.expireAt !== before.expireAt) patch.expireAt = times.expireAt
  if (reschedulable && draft.mode === 'now') patch.action = 'publish'
  else if (reschedulable && (draft.publishAt !== before.publishAt || before.mode !== 'scheduled')) {
    if (times.publishAt) patch.publishAt = times.publishAt
  }
  const result = validate(noticePatchSchema, patch)
  if (!result.ok) {
    for (const [key, message] of Object.entries(result.error.fields ?? {})) fields[key] ??= message
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields }
  if (Object.keys(patch).length === 0) return { ok: false, fields: {}, message: NOTHING_CHANGED }
  return { ok: true, id: target.id, key: target.key, patch }
}

/** A sensible first choice for a publish time: the next whole hour at least 30 minutes from now, China time. */
export function suggestedPublishText(now: Date): string {
  const hour = 3600_000
  return formatChinaTime(new Date(Math.ceil((now.getTime() + hour / 2) / hour) * hour).toISOString())
}

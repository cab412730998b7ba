// Community notices: zod schemas for the create/patch bodies and the stored record (Chinese messages), the lifecycle
// draft → scheduled → published → expired / withdrawn as a pure function of the record and the time, the residents'
// order (pinned first, newest first, expired under 往期), and workers' edits with their history.
import { z } from 'zod'
import { isoTime, plainText, storedTimeSchema, type ApiError } from './validation'

export const NOTICE_CATEGORIES = ['通知', '活动', '便民', '安全', '其他'] as const
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number]

export const NOTICE_TITLE_MAX = 60
export const NOTICE_BODY_MAX = 5000
export const NOTICE_AUDIENCE_MAX = 30
export const DEFAULT_AUDIENCE = '全体居民'

export const NOTICE_STATES = ['draft', 'scheduled', 'published', 'expired', 'withdrawn'] as const
export type NoticeState = (typeof NOTICE_STATES)[number]
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  draft: '草稿',
  scheduled: '定时发布',
  published: '已发布',
  expired: '往期',
  withdrawn: '已撤回',
}

export const noticeStateSchema = z.enum(NOTICE_STATES)

/** Heading of the expired notices' list for residents. */
export const PAST_NOTICES_LABEL = '往期'

export const noticeCategorySchema = z.enum(NOTICE_CATEGORIES, {
  errorMap: () => ({ message: `请选择类别：${NOTICE_CATEGORIES.join('、')}` }),
})

const title = plainText('标题', { max: NOTICE_TITLE_MAX })
const body = plainText('正文', { max: NOTICE_BODY_MAX, multiline: true })
const audience = plainText('发布对象', { max: NOTICE_AUDIENCE_MAX })
const pinned = z.boolean({ invalid_type_error: '置顶应为 true 或 false' })

/** A person acting: a worker (id from the server's configuration, display name) — never a secret. */
export const personSchema = z.object({ id: z.string().min(1), name: z.string().min(1) })
export type Person = z.infer<typeof personSchema>

/**
 * The body of POST /api/notices. `mode`: 'now' (the default) publishes when the server receives it, 'scheduled'
 * publishes at `publishAt`, 'draft' keeps it unpublished. `expireAt` (optional) must be after the publish time.
 */
export const noticeCreateSchema = z
  .object({
    category: noticeCategorySchema,
    title,
    body,
    audience: audience.optional(),
    pinned: pinned.optional(),
    mode: z
      .enum(['now', 'scheduled', 'draft'], {
        errorMap: () => ({ message: '发布方式只能是：立即发布、定时发布或草稿' }),
      })
      .optional(),
    publishAt: isoTime('发布时间').optional(),
    expireAt: isoTime('截止时间').nullable().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const mode = input.mode ?? 'now'
    if (mode === 'scheduled' && input.publishAt === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['publishAt'], message: '定时发布请选择发布时间' })
    }
    if (mode !== 'scheduled' && input.publishAt !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['publishAt'], message: '只有定时发布需要发布时间' })
    }
    if (mode === 'scheduled' && input.publishAt && input.expireAt && input.expireAt <= input.publishAt) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['expireAt'], message: EXPIRE_AFTER_PUBLISH })
    }
  })
export type NoticeCreateInput = z.input<typeof noticeCreateSchema>
export type NoticeCreate = z.output<typeof noticeCreateSchema>

/**
 * The body of PATCH /api/notices/:id: any of the fields to edit; `pinned` to pin or unpin; `publishAt` to schedule or
 * reschedule a draft or scheduled notice (null turns it back into a draft); `action`: 'publish' (now) or 'withdraw'.
 */
export const noticePatchSchema = z
  .object({
    category: noticeCategorySchema.optional(),
    title: title.optional(),
    body: body.optional(),
    audience: audience.optional(),
    pinned: pinned.optional(),
    publishAt: isoTime('发布时间').nullable().optional(),
    expireAt: isoTime('截止时间').nullable().optional(),
    action: z
      .enum(['publish', 'withdraw'], {
        errorMap: () => ({ message: '操作只能是 publish（立即发布）或 withdraw（撤回）' }),
      })
      .optional(),
  })
  .strict()
  .superRefine((patch, ctx) => {
    const keys = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined)
    if (keys.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: '没有要修改的内容' })
    if (patch.action === 'withdraw' && keys.length > 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['action'], message: '撤回时不能同时修改其他内容' })
    }
    if (patch.action === 'publish' && patch.publishAt !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['publishAt'], message: '立即发布时不需要发布时间' })
    }
  })
export type NoticePatchInput = z.input<typeof noticePatchSchema>
export type NoticePatch = z.output<typeof noticePatchSchema>

const changeValue = z.union([z.string(), z.boolean(), z.null()])
export type NoticeChangeValue = z.infer<typeof changeValue>

export const NOTICE_HISTORY_ACTIONS = ['create', 'edit', 'pin', 'unpin', 'schedule', 'publish', 'withdraw'] as const

export const noticeHistoryEntrySchema = z.object({
  at: storedTimeSchema,
  by: personSchema,
  action: z.enum(NOTICE_HISTORY_ACTIONS),
  /** Field → its value before and after (empty for 'create'). */
  changes: z.record(z.object({ from: changeValue, to: changeValue })),
})
export type NoticeHistoryEntry = z.infer<typeof noticeHistoryEntrySchema>

/** A notice as the server stores it; its state is not stored but follows from the times (noticeState). */
export const noticeRecordSchema = z.object({
  id: z.string().min(1),
  category: noticeCategorySchema,
  title: z.string(),
  body: z.string(),
  audience: z.string(),
  pinned: z.boolean(),
  /** null: a draft. */
  publishAt: storedTimeSchema.nullable(),
  expireAt: storedTimeSchema.nullable(),
  withdrawnAt: storedTimeSchema.nullable(),
  author: personSchema,
  createdAt: storedTimeSchema,
  updatedAt: storedTimeSchema,
  history: z.array(noticeHistoryEntrySchema),
})
export type NoticeRecord = z.infer<typeof noticeRecordSchema>

type NoticeTimes = Pick<NoticeRecord, 'publishAt' | 'expireAt' | 'withdrawnAt'>

const ms = (iso: string) => Date.parse(iso)

/** Where a notice is in its life at `now`: withdrawn wins; no publish time is a draft; then by publish and expiry. */
export function noticeState(notice: NoticeTimes, now: Date): NoticeState {
  if (notice.withdrawnAt !== null) return 'withdrawn'
  if (notice.publishAt === null) return 'draft'
  const t = now.getTime()
  if (t < ms(notice.publishAt)) return 'scheduled'
  if (notice.expireAt !== null && t >= ms(notice.expireAt)) return 'expired'
  return 'published'
}

const newestFirst = (a: NoticeRecord, b: NoticeRecord) =>
  ms(b.publishAt ?? b.createdAt) - ms(a.publishAt ?? a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * What residents see at `now`: `current` — published notices, pinned first, then newest first; `past` (往期) — expired
 * notices, newest first. Drafts, scheduled and withdrawn notices are in neither.
 */
export function sortNoticesForResidents<T extends NoticeRecord>(
  notices: readonly T[],
  now: Date,
): { current: T[]; past: T[] } {
  const current = notices.filter((n) => noticeState(n, now) === 'published')
  const past = notices.filter((n) => noticeState(n, now) === 'expired')
  current.sort((a, b) => Number(b.pinned) - Number(a.pinned) || newestFirst(a, b))
  past.sort(newestFirst)
  return { current, past }
}

/** What only workers see: drafts, scheduled and withdrawn notices, most recently changed first. */
export function unpublishedNotices<T extends NoticeRecord>(notices: readonly T[], now: Date): T[] {
  return notices
    .filter((n) => ['draft', 'scheduled', 'withdrawn'].includes(noticeState(n, now)))
    .sort((a, b) => ms(b.updatedAt) - ms(a.updatedAt) || newestFirst(a, b))
}

export const EXPIRE_AFTER_PUBLISH = '截止时间必须晚于发布时间'
export const EXPIRE_IN_FUTURE = '截止时间必须晚于现在'

/** A worker's change the notice's state does not allow (409), or times that do not fit (400). */
export type NoticeRejection = ApiError & { status: 400 | 409 }
export type NoticeResult = { ok: true; notice: NoticeRecord; changed: boolean } | ({ ok: false } & NoticeRejection)

const reject = (status: 400 | 409, field: string | null, message: string): { ok: false } & NoticeRejection =>
  field === null
    ? { ok: false, status, error: message }
    : { ok: false, status, error: message, fields: { [field]: message } }

/** An expiry must come after the (effective) publish time; a draft's after now. */
function checkExpiry(publishAt: string | null, expireAt: string | null, now: Date): string | null {
  if (expireAt === null) return null
  if (publishAt === null) return ms(expireAt) > now.getTime() ? null : EXPIRE_IN_FUTURE
  return ms(expireAt) > ms(publishAt) ? null : EXPIRE_AFTER_PUBLISH
}

/** A publish time that has passed by the time the server sees it (an outbox delivering late) means now. */
const notBefore = (iso: string, now: Date) => (ms(iso) < now.getTime() ? now.toISOString() : iso)

export interface Acting {
  by: Person
  now: Date
}

/** The record for a validated create body; `id` comes from the caller, so this stays pure. */
export function createNotice(input: NoticeCreate, id: string, { by, now }: Acting): NoticeResult {
  const at = now.toISOString()
  const mode = input.mode ?? 'now'
  const publishAt = mode === 'draft' ? null : mode === 'now' ? at : notBefore(input.publishAt ?? at, now)
  const expireAt = input.expireAt ?? null
  const problem = checkExpiry(publishAt, expireAt, now)
  // Publishing now (or at a time already passed): the expiry must simply be in the future.
  if (problem) return reject(400, 'expireAt', publishAt === at ? EXPIRE_IN_FUTURE : problem)
  const notice: NoticeRecord = {
    id,
    category: input.category,
    title: input.title,
    body: input.body,
    audience: input.audience ?? DEFAULT_AUDIENCE,
    pinned: input.pinned ?? false,
    publishAt,
    expireAt,
    withdrawnAt: null,
    author: by,
    createdAt: at,
    updatedAt: at,
    history: [{ at, by, action: 'create', changes: {} }],
  }
  return { ok: true, notice, changed: true }
}

/** Fields residents see: a change to one of them after publication is shown as 已修改. */
const RESIDENT_VISIBLE = ['category', 'title', 'body', 'audience', 'expireAt'] as const

/**
 * When residents last saw the notice change (已修改): the newest 'edit' in the history that changed a field they see,
 * made after it was published; null when it is as first published.
 */
export function lastEditedAt(notice: Pick<NoticeRecord, 'history' | 'publishAt'>): string | null {
  if (notice.publishAt === null) return null
  const published = ms(notice.publishAt)
  const edits = notice.history.filter(
    (h) =>
      h.action === 'edit' &&
      ms(h.at) >= published &&
      RESIDENT_VISIBLE.some((key) => Object.prototype.hasOwnProperty.call(h.changes, key)),
  )
  return edits.length > 0 ? edits[edits.length - 1].at : null
}

const EDITABLE = ['category', 'title', 'body', 'audience', 'pinned', 'publishAt', 'expireAt', 'withdrawnAt'] as const
type Editable = (typeof EDITABLE)[number]

function historyAction(changed: Editable[], next: NoticeRecord, patch: NoticePatch): NoticeHistoryEntry['action'] {
  if (changed.includes('withdrawnAt')) return next.withdrawnAt ? 'withdraw' : 'publish'
  if (patch.action === 'publish' && changed.includes('publishAt')) return 'publish'
  if (changed.length === 1 && changed[0] === 'pinned') return next.pinned ? 'pin' : 'unpin'
  if (changed.length === 1 && changed[0] === 'publishAt') return 'schedule'
  return 'edit'
}

/**
 * A worker's PATCH applied at `now`: the new record and one history entry with every changed field, or why not.
 * Repeating a change (an outbox retry) changes nothing and adds no history; withdrawing twice is not an error.
 */
export function applyNoticePatch(notice: NoticeRecord, patch: NoticePatch, { by, now }: Acting): NoticeResult {
  const state = noticeState(notice, now)
  if (state === 'withdrawn' && patch.action !== 'publish') {
    // The schema lets 'withdraw' come only alone; withdrawing again is a retry, not an error.
    return patch.action === 'withdraw'
      ? { ok: true, notice, changed: false }
      : reject(409, null, '这条通知已撤回，不能再修改')
  }
  const next: NoticeRecord = { ...notice }
  // 重新发布: a withdrawn notice goes out again now (its expiry is checked against the new publish time).
  const republish = state === 'withdrawn'
  if (republish) next.withdrawnAt = null
  if (patch.category !== undefined) next.category = patch.category
  if (patch.title !== undefined) next.title = patch.title
  if (patch.body !== undefined) next.body = patch.body
  if (patch.audience !== undefined) next.audience = patch.audience
  if (patch.pinned !== undefined) next.pinned = patch.pinned
  if (patch.expireAt !== undefined) next.expireAt = patch.expireAt
  const live = state === 'published' || state === 'expired'
  if (patch.publishAt !== undefined) {
    if (live && patch.publishAt !== notice.publishAt) return reject(409, 'publishAt', '通知已发布，不能再修改发布时间')
    if (!live) next.publishAt = patch.publishAt === null ? null : notBefore(patch.publishAt, now)
  }
  if (patch.action === 'publish' && !live) next.publishAt = now.toISOString()
  if (patch.action === 'withdraw') next.withdrawnAt = now.toISOString()

  if (patch.expireAt !== undefined || next.publishAt !== notice.publishAt) {
    const problem = checkExpiry(next.publishAt, next.expireAt, now)
    if (problem) return reject(400, 'expireAt', problem)
  }

  const changed = EDITABLE.filter((key) => next[key] !== notice[key])
  if (changed.length === 0) return { ok: true, notice, changed: false }
  const at = now.toISOString()
  const changes: NoticeHistoryEntry['changes'] = {}
  for (const key of changed) changes[key] = { from: notice[key], to: next[key] }
  next.updatedAt = at
  next.history = [...notice.history, { at, by, action: historyAction(changed, next, patch), changes }]
  return { ok: true, notice: next, changed: true }
}

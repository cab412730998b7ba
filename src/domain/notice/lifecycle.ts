// A notice's life as pure functions of the record and the time: a worker creates it (draft, scheduled or published),
// edits, pins, schedules, publishes or withdraws it — each change in its history — and residents see when it last
// changed for them (已修改).
import type { ApiError, Person } from '@/domain/validation'
import { DEFAULT_AUDIENCE } from './labels'
import { expiryProblem, noticeState, notBefore } from './rules'
import type { NoticeCreate, NoticeHistoryEntry, NoticePatch, NoticeRecord } from './schema'

/** A worker's change the notice's state does not allow (409), or times that do not fit (400). */
export type NoticeRejection = ApiError & { status: 400 | 409 }
export type NoticeResult = { ok: true; notice: NoticeRecord; changed: boolean } | ({ ok: false } & NoticeRejection)

const reject = (status: 400 | 409, field: string | null, message: string): { ok: false } & NoticeRejection =>
  field === null
    ? { ok: false, status, error: message }
    : { ok: false, status, error: message, fields: { [field]: message } }

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
  const problem = expiryProblem({ publishAt, expireAt }, now)
  if (problem) return reject(400, 'expireAt', problem)
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
  const published = Date.parse(notice.publishAt)
  const edits = notice.history.filter(
    (h) =>
      h.action === 'edit' &&
      Date.parse(h.at) >= published &&
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
    const problem = expiryProblem(next, now)
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

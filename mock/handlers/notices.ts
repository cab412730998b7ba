// GET /api/notices (anyone: published and 往期; workers also drafts, scheduled and withdrawn, with history),
// POST /api/notices (workers; Idempotency-Key: a retried key never makes a second notice) and PATCH /api/notices/:id.
import type { Request, Response } from 'express'
import {
  IDEMPOTENT_REPLAY_HEADER,
  API_PATHS,
  toNoticeView,
  type NoticeListResponse,
  type NoticeResponse,
} from '../../src/domain/api-contract'
import {
  applyNoticePatch,
  createNotice,
  noticeCreateSchema,
  noticePatchSchema,
  sortNoticesForResidents,
  unpublishedNotices,
} from '../../src/domain/notice'
import { apiContext, prune } from '../context'
import { bodyHash, idempotencyKey, optionalSession, parseBody, requireSession, sendError } from '../http'

const NOTICE_SCOPE = 'notices'
const PATCH_SCOPE = 'notice-edits'
export const NOTICE_NOT_FOUND = '找不到这条通知'

export function listNotices(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const session = optionalSession(req, ctx)
  const now = ctx.now()
  const worker = session?.role === 'worker'
  const notices = ctx.store.read().notices
  const { current, past } = sortNoticesForResidents(notices, now)
  const view = (list: typeof notices) => list.map((n) => toNoticeView(n, now, worker))
  const body: NoticeListResponse = {
    serverTime: now.toISOString(),
    viewer: session?.role ?? 'public',
    current: view(current),
    past: view(past),
    unpublished: worker ? view(unpublishedNotices(notices, now)) : [],
  }
  res.json(body)
}

export function postNotice(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const session = requireSession(req, res, ctx, 'worker')
  if (!session) return
  const key = idempotencyKey(req, res, true)
  if (!key) return
  const input = parseBody(req, res, noticeCreateSchema)
  if (!input) return
  const now = ctx.now()
  const hash = bodyHash(input)

  // Everything from here to the store update is synchronous: two requests with one key cannot both get past the check.
  const data = ctx.store.read()
  const earlier = data.idempotency.find((r) => r.scope === NOTICE_SCOPE && r.key === key)
  if (earlier) {
    const notice = data.notices.find((n) => n.id === earlier.resourceId)
    if (earlier.bodyHash !== hash || !notice) {
      sendError(res, 409, { error: '这个 Idempotency-Key 已用于另一条内容不同的通知：新内容请换一个新的键' })
      return
    }
    res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
    res.status(200).json({ notice: toNoticeView(notice, now, true) } satisfies NoticeResponse)
    return
  }

  const by = { id: session.subject, name: session.name ?? '社区工作人员' }
  const created = createNotice(input, ctx.newId(), { by, now })
  if (!created.ok) {
    sendError(res, created.status, { error: created.error, fields: created.fields })
    return
  }
  ctx.store.update((draft) => {
    prune(draft, now)
    draft.notices.push(created.notice)
    draft.idempotency.push({
      scope: NOTICE_SCOPE,
      key,
      bodyHash: hash,
      resourceId: created.notice.id,
      createdAt: now.toISOString(),
    })
  })
  res.set('Location', API_PATHS.notice(created.notice.id))
  res.status(201).json({ notice: toNoticeView(created.notice, now, true) } satisfies NoticeResponse)
}

/**
 * PATCH /api/notices/:id. An optional Idempotency-Key makes a retried edit (its reply lost) answer with the notice as it
 * is instead of applying the edit again over someone else's later change; the same key with another edit → 409.
 */
export function patchNotice(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const session = requireSession(req, res, ctx, 'worker')
  if (!session) return
  const key = idempotencyKey(req, res, false)
  if (key === null) return
  const patch = parseBody(req, res, noticePatchSchema)
  if (!patch) return
  const now = ctx.now()
  const data = ctx.store.read()
  const notice = data.notices.find((n) => n.id === req.params.id)
  if (!notice) {
    sendError(res, 404, { error: NOTICE_NOT_FOUND })
    return
  }
  const hash = bodyHash({ id: notice.id, patch })
  const earlier = key ? data.idempotency.find((r) => r.scope === PATCH_SCOPE && r.key === key) : undefined
  if (earlier) {
    if (earlier.bodyHash !== hash) {
      sendError(res, 409, { error: '这个 Idempotency-Key 已用于另一次修改：新的修改请换一个新的键' })
      return
    }
    res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
    res.json({ notice: toNoticeView(notice, now, true) } satisfies NoticeResponse)
    return
  }
  const by = { id: session.subject, name: session.name ?? '社区工作人员' }
  const result = applyNoticePatch(notice, patch, { by, now })
  if (!result.ok) {
    sendError(res, result.status, { error: result.error, fields: result.fields })
    return
  }
  if (result.changed || key) {
    ctx.store.update((draft) => {
      prune(draft, now)
      draft.notices = draft.notices.map((n) => (n.id === notice.id ? result.notice : n))
      if (key) {
        const record = { scope: PATCH_SCOPE, key, bodyHash: hash, resourceId: notice.id, createdAt: now.toISOString() }
        draft.idempotency.push(record)
      }
    })
  }
  res.json({ notice: toNoticeView(result.notice, now, true) } satisfies NoticeResponse)
}

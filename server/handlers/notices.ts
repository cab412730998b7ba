// GET /api/notices (a page: the residents' feed for anyone, drafts / scheduled / withdrawn for the community's workers),
// GET /api/notices/:id (one notice; history for workers), POST /api/notices (workers; Idempotency-Key: a retried key
// never makes a second notice) and PATCH /api/notices/:id (workers; edits in the history, rows locked while changing);
// a new or edited title and body go through WeChat's msg_sec_check first.
import type { Request, Response } from 'express'
import { API_PATHS, IDEMPOTENT_REPLAY_HEADER, communityIdSchema } from '../../src/domain/api-contract'
import {
  NOTICE_SECTIONS,
  toNoticeView,
  type NoticePageResponse,
  type NoticeResponse,
  type NoticeSection,
} from '../../src/domain/notice/api'
import { applyNoticePatch, createNotice } from '../../src/domain/notice/lifecycle'
import { noticeCreateSchema, noticePatchSchema } from '../../src/domain/notice/schema'
import { noticeState, residentsSee } from '../../src/domain/notice/rules'
import { parseOrNull } from '../../src/domain/validation'
import type { ServerContext } from '../context'
import { communityAuthor, noticeForResidents } from '../http/attribution'
import { requireSessionOf, sessionOf, WORKERS_ONLY } from '../http/auth'
import { textAllowed } from '../http/content-checks'
import { sendError } from '../http/errors'
import type { CachedAnswer } from '../http/public-cache'
import { BAD_CURSOR, bodyHash, idempotencyKey, pageQuery, parseBody, type PageQuery } from '../http/request'
import { findCommunity } from '../store/communities'
import { claimKey, findKey } from '../store/idempotency'
import { pageFeed, pageUnpublished, toSummary } from '../store/notice-lists'
import { insertNotice, loadNotice, saveNotice } from '../store/notices'
import { SCENE } from '../wechat/content-check'
import { afterCommit, announceNotices } from '../wechat/subscribe-message'

export const NOTICE_NOT_FOUND = '找不到这条通知'
const parseCommunityId = parseOrNull(communityIdSchema)
const UNKNOWN_SECTION = `section 只能是：${NOTICE_SECTIONS.join('、')}`
const KEY_REUSED = '这个 Idempotency-Key 已用于另一条内容不同的通知：新内容请换一个新的键'
const EDIT_KEY_REUSED = '这个 Idempotency-Key 已用于另一次修改：新的修改请换一个新的键'

export async function listNotices(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = sessionOf(res)
  const page = pageQuery(req, res)
  if (!page) return
  const section = (req.query.section ?? 'feed') as NoticeSection
  if (!NOTICE_SECTIONS.includes(section)) {
    sendError(res, 400, { error: UNKNOWN_SECTION, fields: { section: UNKNOWN_SECTION } })
    return
  }
  const worker = session?.role === 'worker'
  if (section === 'unpublished' && !worker) {
    sendError(res, session ? 403 : 401, { error: session ? WORKERS_ONLY : '请先登录' })
    return
  }
  // A session reads its own community; the public names one (?community=) or gets the server's.
  const asked = parseCommunityId(req.query.community ?? ctx.config.community.id)
  const communityId = session?.community ?? asked ?? ''
  const read = () => readNoticePage(ctx, { communityId, section, page, viewer: session?.role ?? 'public' })
  const answer = session
    ? await read()
    : await ctx.publicCache.get(`${communityId}|${page.cursor ?? ''}|${page.limit}`, read)
  res.status(answer.status).type('json').send(answer.body)
}

interface PageRequest {
  communityId: string
  section: NoticeSection
  page: PageQuery
  viewer: NoticePageResponse['viewer']
}

/** One page as the answer to send (status and JSON text), so the public cache can keep it as it is. */
async function readNoticePage(
  ctx: ServerContext,
  { communityId, section, page, viewer }: PageRequest,
): Promise<CachedAnswer> {
  const community = await findCommunity(ctx.db, communityId)
  if (!community)
    return { status: 404, body: JSON.stringify({ error: '没有这个社区', fields: { community: '没有这个社区' } }) }
  const now = ctx.now()
  const found =
    section === 'feed'
      ? await pageFeed(ctx.db, community.id, now, page.cursor, page.limit)
      : await pageUnpublished(ctx.db, community.id, now, page.cursor, page.limit)
  if (!found) return { status: 400, body: JSON.stringify({ error: BAD_CURSOR, fields: { cursor: BAD_CURSOR } }) }
  const body: NoticePageResponse = {
    serverTime: now.toISOString(),
    viewer,
    community,
    notices: found.rows.map((row) => toSummary(row, now)),
    nextCursor: found.nextCursor,
  }
  return { status: 200, body: JSON.stringify(body) }
}

export async function getNotice(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = sessionOf(res)
  const now = ctx.now()
  const community = session?.community ?? ctx.config.community.id
  const notice = await loadNotice(ctx.db, community, req.params.id)
  const worker = session?.role === 'worker'
  if (!notice || (!worker && !residentsSee(noticeState(notice, now)))) {
    sendError(res, 404, { error: NOTICE_NOT_FOUND })
    return
  }
  const view = toNoticeView(notice, now, worker)
  // Residents see who published as the community, never a person.
  const shown = worker ? view : noticeForResidents(view, await communityAuthor(ctx, community))
  res.json({ notice: shown } satisfies NoticeResponse)
}

export async function postNotice(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const key = idempotencyKey(req, res, true)
  if (!key) return
  const input = parseBody(req, res, noticeCreateSchema)
  if (!input) return
  const now = ctx.now()
  const by = { id: session.subject, name: session.name ?? '社区工作人员' }
  const created = createNotice(input, ctx.newId(), { by, now })
  if (!created.ok) {
    sendError(res, created.status, { error: created.error, fields: created.fields })
    return
  }
  const { title, body } = created.notice
  if (!(await textAllowed(ctx, res, session, { scene: SCENE.notice, content: `${title}\n${body}`, title }))) return
  const scope = `notices:${session.community}`
  const hash = bodyHash(input)
  const outcome = await ctx.db.transaction(async (tx) => {
    const claim = await claimKey(tx, { scope, key, bodyHash: hash, resourceId: created.notice.id, now })
    if (claim.claimed) {
      await insertNotice(tx, session.community, created.notice)
      return { kind: 'created' as const, notice: created.notice }
    }
    const earlier = claim.bodyHash === hash ? await loadNotice(tx, session.community, claim.resourceId) : null
    return earlier ? { kind: 'replay' as const, notice: earlier } : { kind: 'conflict' as const }
  })
  if (outcome.kind === 'conflict') {
    sendError(res, 409, { error: KEY_REUSED })
    return
  }
  ctx.publicCache.clear()
  if (outcome.kind === 'replay') {
    res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
    res.status(200).json({ notice: toNoticeView(outcome.notice, now, true) } satisfies NoticeResponse)
    return
  }
  // A notice out now reaches the residents waiting for one (订阅新通知); a scheduled one, when the sweep sees it out.
  afterCommit(ctx, 'notice messages', () => announceNotices(ctx))
  res.set('Location', API_PATHS.notice(outcome.notice.id))
  res.status(201).json({ notice: toNoticeView(outcome.notice, now, true) } satisfies NoticeResponse)
}

/**
 * PATCH /api/notices/:id. An optional Idempotency-Key makes a retried edit (its reply lost) answer with the notice as it
 * is instead of applying the edit again over someone else's later change; the same key with another edit → 409.
 */
export async function patchNotice(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const key = idempotencyKey(req, res, false)
  if (key === null) return
  const patch = parseBody(req, res, noticePatchSchema)
  if (!patch) return
  if (patch.title !== undefined || patch.body !== undefined) {
    const content = [patch.title, patch.body].filter((t) => t !== undefined).join('\n')
    if (!(await textAllowed(ctx, res, session, { scene: SCENE.notice, content, title: patch.title }))) return
  }
  const now = ctx.now()
  const by = { id: session.subject, name: session.name ?? '社区工作人员' }
  const id = req.params.id
  const hash = bodyHash({ id, patch })
  const outcome = await ctx.db.transaction(async (tx) => {
    const notice = await loadNotice(tx, session.community, id, { lock: true })
    if (!notice) return { kind: 'missing' as const }
    const scope = `notice-edits:${session.community}`
    const earlier = key ? await findKey(tx, scope, key) : null
    if (earlier) return earlier.bodyHash === hash ? { kind: 'replay' as const, notice } : { kind: 'conflict' as const }
    const result = applyNoticePatch(notice, patch, { by, now })
    if (!result.ok) return { kind: 'rejected' as const, result }
    // Claimed only by an edit that applies (a refused one's retry is refused again). The row lock above serialises
    // retries of this edit; the same key on another notice hashes differently and conflicts.
    if (key) {
      const claim = await claimKey(tx, { scope, key, bodyHash: hash, resourceId: id, now })
      if (!claim.claimed) return { kind: 'conflict' as const }
    }
    if (result.changed) await saveNotice(tx, session.community, notice, result.notice)
    return { kind: 'done' as const, notice: result.notice }
  })
  ctx.publicCache.clear()
  // A draft published now reaches the residents waiting for a new notice (订阅新通知).
  if (outcome.kind === 'done' && patch.action === 'publish')
    afterCommit(ctx, 'notice messages', () => announceNotices(ctx))
  switch (outcome.kind) {
    case 'missing':
      return sendError(res, 404, { error: NOTICE_NOT_FOUND })
    case 'conflict':
      return sendError(res, 409, { error: EDIT_KEY_REUSED })
    case 'rejected':
      return sendError(res, outcome.result.status, { error: outcome.result.error, fields: outcome.result.fields })
    case 'replay':
      res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
  }
  res.json({ notice: toNoticeView(outcome.notice, now, true) } satisfies NoticeResponse)
}

// POST /api/reports (any signed-in resident or worker; photos named by the ids POST /api/photos gave the same
// sender; at most LIMIT_REPORTS_PER_DAY a day; optional Idempotency-Key; the text through WeChat's msg_sec_check; a
// report number from the community's daily counter in the same transaction), GET /api/reports (a page: a resident's
// own, or the community's in the workers' queue order with its counts; `?number=` finds one by its number among
// those), PATCH /api/reports/:id (workers of the community: status forward, reply — which makes it unread for its
// reporter and sends the reporter's 订阅消息 after it commits), POST /api/reports/:id/rating (the reporter's 评价, once
// per 办结), POST /api/reports/:id/read (its reporter) and GET /api/reports/unread-count.
import type { Request, Response } from 'express'
import {
  API_PATHS,
  IDEMPOTENT_REPLAY_HEADER,
  toReportView,
  type ReportListResponse,
  type ReportResponse,
  type ReportView,
  type UnreadCountResponse,
} from '../../src/domain/api-contract'
import {
  applyReportRating,
  applyReportUpdate,
  createReport,
  type ReportResult,
} from '../../src/domain/report-lifecycle'
import {
  CORRECTION_CATEGORY,
  reportCreateBodySchema,
  reportPatchSchema,
  reportRatingBodySchema,
  type ReportPatch,
  type ReportRecord,
} from '../../src/domain/report'
import type { Person } from '../../src/domain/validation'
import type { Queryable } from '../db/database'
import { normalizeReportNumber, parseReportNumber, REPORT_NUMBER_INVALID } from '../../src/domain/report-number'
import type { ServerContext } from '../context'
import { communityAuthor, reportForResidents } from '../http/attribution'
import { requireSessionOf } from '../http/auth'
import { textAllowed } from '../http/content-checks'
import { sendError, sendTooMany } from '../http/errors'
import { photoUrlsFor } from '../http/photo-urls'
import { BAD_CURSOR, bodyHash, idempotencyKey, pageQuery, parseBody } from '../http/request'
import { claimKey } from '../store/idempotency'
import { attachPhotos } from '../store/photos'
import { CHINA_DAY, hit } from '../store/rate-limits'
import type { Session } from '../store/sessions'
import {
  countUnreadReports,
  findReportByNumber,
  insertReport,
  loadReport,
  markReportRead,
  markReportUnread,
  nextReportNumber,
  pageQueue,
  pageReports,
  queueCounts,
  saveReport,
} from '../store/reports'
import { SCENE } from '../wechat/content-check'
import { afterCommit, recordReportChange, sendDue } from '../wechat/subscribe-message'

export const REPORT_NOT_FOUND = '找不到这条反映'
const KEY_REUSED = '这个 Idempotency-Key 已用于另一条内容不同的反映：新内容请换一个新的键'
const PHOTOS_NOT_YOURS = '照片无效：请重新添加照片后再提交'
const SUBJECT_NEEDS_CORRECTION = `指明了要纠正的信息时，类别应为「${CORRECTION_CATEGORY}」`
const WORKERS_DO_NOT_RATE = '评价由提交反映的居民填写，工作人员不能评价'

/** The report views a session gets: a worker's as they are, a resident's with the community as who answered. */
async function viewsFor(ctx: ServerContext, session: Session, views: ReportView[]): Promise<ReportView[]> {
  if (session.role === 'worker') return views
  const community = await communityAuthor(ctx, session.community)
  return views.map((v) => reportForResidents(v, community))
}

/** Thrown inside a transaction to roll it back and answer with this refusal. */
class Refusal {
  constructor(readonly send: (res: Response) => void) {}
}

export async function postReport(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const key = idempotencyKey(req, res, false)
  if (key === null) return
  const input = parseBody(req, res, reportCreateBodySchema)
  if (!input) return
  if (input.subject && input.category !== CORRECTION_CATEGORY) {
    return sendError(res, 422, { error: SUBJECT_NEEDS_CORRECTION, fields: { category: SUBJECT_NEEDS_CORRECTION } })
  }
  const text = { scene: SCENE.report, content: `${input.place}\n${input.description}` }
  if (!(await textAllowed(ctx, res, session, text))) return
  const now = ctx.now()
  const id = ctx.newId()
  const hash = bodyHash(input)
  try {
    const outcome = await ctx.db.transaction(async (tx) => {
      if (key !== undefined) {
        const scope = `reports:${session.subject}`
        const claim = await claimKey(tx, { scope, key, bodyHash: hash, resourceId: id, now })
        if (!claim.claimed) {
          const earlier = claim.bodyHash === hash ? await loadReport(tx, session.community, claim.resourceId) : null
          if (!earlier) throw new Refusal((r) => sendError(r, 409, { error: KEY_REUSED }))
          return { replay: true, report: earlier }
        }
      }
      const today = await hit(tx, `reports:${session.subject}`, CHINA_DAY, ctx.config.limits.reportsPerDay, now)
      if (today.over) {
        const limit = ctx.config.limits.reportsPerDay
        throw new Refusal((r) =>
          sendTooMany(
            r,
            (wait) => `今天已提交 ${limit} 条反映，已达上限：请 ${wait}后再提交，急事请拨打 12345`,
            today.retryAfterMs,
          ),
        )
      }
      const number = await nextReportNumber(tx, session.community, now.toISOString())
      const report = createReport(
        { category: input.category, description: input.description, place: input.place, subject: input.subject },
        { id, number, ownerId: session.subject, photos: [], now },
      )
      await insertReport(tx, session.community, report)
      const ids = input.photoIds ?? []
      if (!(await attachPhotos(tx, ids, { community: session.community, ownerId: session.subject }, report.id))) {
        throw new Refusal((r) => sendError(r, 400, { error: PHOTOS_NOT_YOURS, fields: { photoIds: PHOTOS_NOT_YOURS } }))
      }
      return { replay: false, report: (await loadReport(tx, session.community, report.id))! }
    })
    if (outcome.replay) res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
    else res.set('Location', API_PATHS.report(outcome.report.id))
    const [view] = await viewsFor(ctx, session, [
      toReportView(outcome.report, session.subject, photoUrlsFor(ctx, session)),
    ])
    res.status(outcome.replay ? 200 : 201).json({ report: view } satisfies ReportResponse)
  } catch (error) {
    if (error instanceof Refusal) return error.send(res)
    throw error
  }
}

export async function listReports(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const page = pageQuery(req, res)
  if (!page) return
  const worker = session.role === 'worker'
  const owner = worker ? null : session.subject
  const urls = photoUrlsFor(ctx, session)
  const { number } = req.query
  if (number !== undefined) {
    // A search by number: the one report among those this session may list (a resident's own, a worker's community).
    if (typeof number !== 'string' || parseReportNumber(number) === null) {
      return sendError(res, 400, { error: REPORT_NUMBER_INVALID, fields: { number: REPORT_NUMBER_INVALID } })
    }
    const report = await findReportByNumber(ctx.db, session.community, owner, normalizeReportNumber(number))
    const reports = report ? [toReportView(report, session.subject, urls)] : []
    const body: ReportListResponse = {
      serverTime: ctx.now().toISOString(),
      reports: await viewsFor(ctx, session, reports),
      nextCursor: null,
    }
    res.json(body)
    return
  }
  const found = worker
    ? await pageQueue(ctx.db, session.community, page.cursor, page.limit)
    : await pageReports(ctx.db, session.community, session.subject, page.cursor, page.limit)
  if (!found) {
    sendError(res, 400, { error: BAD_CURSOR, fields: { cursor: BAD_CURSOR } })
    return
  }
  const body: ReportListResponse = {
    serverTime: ctx.now().toISOString(),
    reports: await viewsFor(
      ctx,
      session,
      found.reports.map((r) => toReportView(r, session.subject, urls)),
    ),
    nextCursor: found.nextCursor,
    ...(worker ? { queue: await queueCounts(ctx.db, session.community) } : {}),
  }
  res.json(body)
}

/**
 * A worker's update of a report locked in `tx` (PATCH /api/reports/:id, or a verification answering a 信息纠错 report):
 * saved, unread for its reporter, its 订阅消息 recorded with it — send them with sendReportMessages once `tx` commits.
 */
export async function updateReport(
  ctx: ServerContext,
  tx: Queryable,
  report: ReportRecord,
  patch: ReportPatch,
  by: Person,
  now: Date,
): Promise<ReportResult & { deliveries: string[] }> {
  const result = applyReportUpdate(report, patch, by, now)
  if (!result.ok || !result.changed) return { ...result, deliveries: [] }
  await saveReport(tx, report, result.report)
  await markReportUnread(tx, report.id)
  return { ...result, deliveries: await recordReportChange(ctx, tx, result.report) }
}

/** Sends the 订阅消息 updateReport recorded, after its transaction has committed. */
export function sendReportMessages(ctx: ServerContext, deliveries: string[]): void {
  if (deliveries.length > 0) afterCommit(ctx, 'report message', () => sendDue(ctx, deliveries))
}

export async function patchReport(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const patch = parseBody(req, res, reportPatchSchema)
  if (!patch) return
  const now = ctx.now()
  const by = { id: session.subject, name: session.name ?? '社区工作人员' }
  const outcome = await ctx.db.transaction(async (tx) => {
    const report = await loadReport(tx, session.community, req.params.id, { lock: true })
    if (!report) return null
    return updateReport(ctx, tx, report, patch, by, now)
  })
  if (!outcome) return sendError(res, 404, { error: REPORT_NOT_FOUND })
  if (!outcome.ok) return sendError(res, outcome.status, { error: outcome.error, fields: outcome.fields })
  sendReportMessages(ctx, outcome.deliveries)
  res.json({
    report: toReportView(outcome.report, session.subject, photoUrlsFor(ctx, session)),
  } satisfies ReportResponse)
}

export async function postRating(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  if (session.role !== 'resident') return sendError(res, 403, { error: WORKERS_DO_NOT_RATE })
  const body = parseBody(req, res, reportRatingBodySchema)
  if (!body) return
  const now = ctx.now()
  const outcome = await ctx.db.transaction(async (tx) => {
    const report = await loadReport(tx, session.community, req.params.id, { lock: true })
    // Another resident's report answers as a missing one, as DELETE does.
    if (!report || report.ownerId !== session.subject) return null
    const result = applyReportRating(report, body, now)
    if (result.ok) await saveReport(tx, report, result.report)
    return result
  })
  if (!outcome) return sendError(res, 404, { error: REPORT_NOT_FOUND })
  if (!outcome.ok) return sendError(res, outcome.status, { error: outcome.error, fields: outcome.fields })
  if (outcome.report.status === 'revisit') ctx.logger.info({ report: outcome.report.id }, 'report back to 待回访')
  const [view] = await viewsFor(ctx, session, [
    toReportView(outcome.report, session.subject, photoUrlsFor(ctx, session)),
  ])
  res.json({ report: view } satisfies ReportResponse)
}

/** Its reporter opened it: read (204); anyone else's or a missing one → the same 404. */
export async function readReport(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  if (!(await markReportRead(ctx.db, session.community, session.subject, req.params.id))) {
    return sendError(res, 404, { error: REPORT_NOT_FOUND })
  }
  res.status(204).end()
}

/** How many of the caller's own reports are unread (a worker's own count too: the reports they sent). */
export async function unreadCount(ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const unread = await countUnreadReports(ctx.db, session.community, session.subject)
  res.json({ unread } satisfies UnreadCountResponse)
}

// POST /api/reports (any signed-in resident or worker; photos named by the ids POST /api/photos gave the same
// sender; at most LIMIT_REPORTS_PER_DAY a day; optional Idempotency-Key; the text through WeChat's msg_sec_check), GET /api/reports (a page: a resident's own,
// or the community's for workers) and PATCH /api/reports/:id (workers of the community: status forward, reply; sends the
// reporter's 订阅消息 after it commits).
import type { Request, Response } from 'express'
import {
  API_PATHS,
  IDEMPOTENT_REPLAY_HEADER,
  toReportView,
  type ReportListResponse,
  type ReportResponse,
  type ReportView,
} from '../../src/domain/api-contract'
import { applyReportUpdate, createReport } from '../../src/domain/report-lifecycle'
import { reportCreateBodySchema, reportPatchSchema } from '../../src/domain/report'
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
import { insertReport, loadReport, pageReports, saveReport } from '../store/reports'
import { SCENE } from '../wechat/content-check'
import { afterCommit, recordReportChange, sendDue } from '../wechat/subscribe-message'

export const REPORT_NOT_FOUND = '找不到这条反映'
const KEY_REUSED = '这个 Idempotency-Key 已用于另一条内容不同的反映：新内容请换一个新的键'
const PHOTOS_NOT_YOURS = '照片无效：请重新添加照片后再提交'

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
  const text = { scene: SCENE.report, content: `${input.place}\n${input.description}` }
  if (!(await textAllowed(ctx, res, session, text))) return
  const now = ctx.now()
  const report = createReport(
    { category: input.category, description: input.description, place: input.place },
    { id: ctx.newId(), ownerId: session.subject, photos: [], now },
  )
  const hash = bodyHash(input)
  try {
    const outcome = await ctx.db.transaction(async (tx) => {
      if (key !== undefined) {
        const scope = `reports:${session.subject}`
        const claim = await claimKey(tx, { scope, key, bodyHash: hash, resourceId: report.id, now })
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
  const owner = session.role === 'worker' ? null : session.subject
  const found = await pageReports(ctx.db, session.community, owner, page.cursor, page.limit)
  if (!found) {
    sendError(res, 400, { error: BAD_CURSOR, fields: { cursor: BAD_CURSOR } })
    return
  }
  const urls = photoUrlsFor(ctx, session)
  const body: ReportListResponse = {
    serverTime: ctx.now().toISOString(),
    reports: await viewsFor(
      ctx,
      session,
      found.reports.map((r) => toReportView(r, session.subject, urls)),
    ),
    nextCursor: found.nextCursor,
  }
  res.json(body)
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
    const result = applyReportUpdate(report, patch, by, now)
    if (!result.ok || !result.changed) return { ...result, deliveries: [] as string[] }
    await saveReport(tx, report, result.report)
    // 订阅消息 of this change are recorded with it and sent once it has committed.
    return { ...result, deliveries: await recordReportChange(ctx, tx, result.report) }
  })
  if (!outcome) return sendError(res, 404, { error: REPORT_NOT_FOUND })
  if (!outcome.ok) return sendError(res, outcome.status, { error: outcome.error, fields: outcome.fields })
  if (outcome.deliveries.length > 0) afterCommit(ctx, 'report message', () => sendDue(ctx, outcome.deliveries))
  res.json({
    report: toReportView(outcome.report, session.subject, photoUrlsFor(ctx, session)),
  } satisfies ReportResponse)
}

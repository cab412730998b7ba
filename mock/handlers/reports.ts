// POST /api/reports (any signed-in resident or worker; photos stored as files; optional Idempotency-Key),
// GET /api/reports (a resident's own, or all for workers), PATCH /api/reports/:id (workers: status forward, reply),
// and GET /api/photos/:id (a report's photo, by its unguessable id).
import type { Request, Response } from 'express'
import {
  API_PATHS,
  IDEMPOTENT_REPLAY_HEADER,
  toReportView,
  type ReportListResponse,
  type ReportResponse,
} from '../../src/domain/api-contract'
import {
  applyReportUpdate,
  createReport,
  parsePhotoDataUrl,
  reportCreateSchema,
  reportPatchSchema,
  type PhotoRef,
} from '../../src/domain/report'
import { apiContext, prune } from '../context'
import { bodyHash, idempotencyKey, parseBody, requireSession, sendError } from '../http'

export const REPORT_NOT_FOUND = '找不到这条反映'

export function postReport(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const session = requireSession(req, res, ctx)
  if (!session) return
  const key = idempotencyKey(req, res, false)
  if (key === null) return
  const input = parseBody(req, res, reportCreateSchema)
  if (!input) return
  const now = ctx.now()
  const scope = `reports:${session.subject}`
  const hash = bodyHash(input)

  const data = ctx.store.read()
  const earlier = key === undefined ? undefined : data.idempotency.find((r) => r.scope === scope && r.key === key)
  if (earlier) {
    const report = data.reports.find((r) => r.id === earlier.resourceId)
    if (earlier.bodyHash !== hash || !report) {
      sendError(res, 409, { error: '这个 Idempotency-Key 已用于另一条内容不同的反映：新内容请换一个新的键' })
      return
    }
    res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
    res.status(200).json({ report: toReportView(report, session.subject) } satisfies ReportResponse)
    return
  }

  const photos: PhotoRef[] = (input.photos ?? []).map((dataUrl) => {
    const parsed = parsePhotoDataUrl(dataUrl)
    if (!parsed.ok) throw new Error('photo passed the schema but not parsePhotoDataUrl') // the schema ran this check
    const ref: PhotoRef = { id: ctx.newId(), type: parsed.photo.type, bytes: parsed.photo.bytes }
    ctx.store.putPhoto(ref.id, { type: ref.type, bytes: Buffer.from(parsed.photo.base64, 'base64') })
    return ref
  })
  const report = createReport(input, { id: ctx.newId(), ownerId: session.subject, photos, now })
  ctx.store.update((draft) => {
    prune(draft, now)
    draft.reports.push(report)
    if (key !== undefined) {
      draft.idempotency.push({ scope, key, bodyHash: hash, resourceId: report.id, createdAt: now.toISOString() })
    }
  })
  res.set('Location', API_PATHS.report(report.id))
  res.status(201).json({ report: toReportView(report, session.subject) } satisfies ReportResponse)
}

export function listReports(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const session = requireSession(req, res, ctx)
  if (!session) return
  const all = ctx.store.read().reports
  const visible = session.role === 'worker' ? all : all.filter((r) => r.ownerId === session.subject)
  const body: ReportListResponse = {
    serverTime: ctx.now().toISOString(),
    reports: [...visible]
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .map((r) => toReportView(r, session.subject)),
  }
  res.json(body)
}

export function patchReport(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const session = requireSession(req, res, ctx, 'worker')
  if (!session) return
  const patch = parseBody(req, res, reportPatchSchema)
  if (!patch) return
  const now = ctx.now()
  const report = ctx.store.read().reports.find((r) => r.id === req.params.id)
  if (!report) {
    sendError(res, 404, { error: REPORT_NOT_FOUND })
    return
  }
  const result = applyReportUpdate(report, patch, { id: session.subject, name: session.name ?? '社区工作人员' }, now)
  if (!result.ok) {
    sendError(res, result.status, { error: result.error, fields: result.fields })
    return
  }
  if (result.changed) {
    ctx.store.update((draft) => {
      prune(draft, now)
      draft.reports = draft.reports.map((r) => (r.id === report.id ? result.report : r))
    })
  }
  res.json({ report: toReportView(result.report, session.subject) } satisfies ReportResponse)
}

/** The photo's bytes; its id (128 random bits) is the permission, since <Image src> cannot send a token. */
export function getPhoto(req: Request, res: Response): void {
  const photo = apiContext(res).store.getPhoto(req.params.id)
  if (!photo) {
    sendError(res, 404, { error: '找不到这张照片' })
    return
  }
  res.set({ 'Content-Type': photo.type, 'Cache-Control': 'private, max-age=31536000, immutable' })
  res.send(photo.bytes)
}

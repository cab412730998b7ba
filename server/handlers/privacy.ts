// DELETE /api/reports/:id (the reporter's own report, in their community; another's answers 404 like a missing one),
// DELETE /api/me (删除我的全部数据: everything under the resident's subject, the token used included; idempotent) and
// GET /api/privacy (the retention the 隐私政策 shows).
import type { Request, Response } from 'express'
import type { PrivacyResponse } from '../../src/domain/api-contract'
import type { ServerContext } from '../context'
import { requireSessionOf } from '../http/auth'
import { sendError } from '../http/errors'
import { deleteOwnReport, deleteSubjectData } from '../store/deletion'
import { REPORT_NOT_FOUND } from './reports'

export const WORKER_DATA_ELSEWHERE = '工作人员账号不能在这里删除：请联系管理员停用账号'

export async function deleteReport(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const owner = { community: session.community, ownerId: session.subject }
  const deleted = await ctx.db.transaction((tx) => deleteOwnReport(tx, ctx.photoBytes, owner, req.params.id))
  if (!deleted) return sendError(res, 404, { error: REPORT_NOT_FOUND })
  ctx.logger.info({ report: req.params.id }, 'report deleted by its reporter')
  res.status(204).end()
}

/**
 * Deletes every report, photo, idempotency key, 订阅消息 subscription and session of the resident. A repeat with the same token gets 401
 * (the token ended with the first); with a new token of the same identity it finds nothing and answers 204 again.
 */
export async function deleteMyData(ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  if (session.role !== 'resident') return sendError(res, 403, { error: WORKER_DATA_ELSEWHERE })
  const deleted = await ctx.db.transaction((tx) => deleteSubjectData(tx, ctx.photoBytes, session.subject))
  // Counts only: the subject itself is what was asked to be forgotten.
  ctx.logger.info({ deleted }, 'a resident deleted all their data')
  res.status(204).end()
}

export async function getPrivacy(ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  const body: PrivacyResponse = { reportRetentionDays: ctx.config.reportRetentionDays }
  res.json(body)
}

// POST /api/session (a worker's code → a worker token; a resident's device id → a resident token) and
// DELETE /api/session (sign out). Failed worker sign-ins are limited per client address (429).
import type { Request, Response } from 'express'
import {
  RESIDENT_SESSION_DAYS,
  WORKER_SESSION_HOURS,
  sessionRequestSchema,
  type SessionResponse,
} from '../../src/domain/api-contract'
import { hashToken, bearerToken, issueSession, matchWorkerCode, residentOwnerId, type IssuedSession } from '../auth'
import { apiContext, prune, type ApiContext } from '../context'
import { clientAddress, parseBody, sendError } from '../http'

const HOUR = 60 * 60 * 1000
export const WRONG_CODE = '工作人员码不正确'

function save(ctx: ApiContext, issued: IssuedSession): void {
  ctx.store.update((data) => {
    prune(data, ctx.now())
    data.sessions.push(issued.record)
  })
}

function respond(res: Response, issued: IssuedSession, worker: SessionResponse['worker']): void {
  const body: SessionResponse = {
    token: issued.token,
    role: issued.record.role,
    expiresAt: issued.record.expiresAt,
    worker,
  }
  res.status(201).json(body)
}

export function createSession(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const body = parseBody(req, res, sessionRequestSchema)
  if (!body) return
  const now = ctx.now()

  if (body.role === 'resident') {
    const issued = issueSession(
      'resident',
      residentOwnerId(body.deviceId),
      null,
      RESIDENT_SESSION_DAYS * 24 * HOUR,
      now,
    )
    save(ctx, issued)
    respond(res, issued, null)
    return
  }

  if (ctx.workers.length === 0) {
    sendError(res, 503, { error: '工作人员登录未开启：服务器没有配置工作人员码（WORKER_CODES）' })
    return
  }
  const client = clientAddress(req)
  const wait = ctx.signIns.blockedFor(client, now)
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000))
    res.set('Retry-After', String(Math.ceil(wait / 1000)))
    sendError(res, 429, { error: `登录失败次数过多，请 ${minutes} 分钟后再试` })
    return
  }
  const account = matchWorkerCode(ctx.workers, body.code)
  if (!account) {
    ctx.signIns.recordFailure(client, now)
    sendError(res, 401, { error: WRONG_CODE, fields: { code: WRONG_CODE } })
    return
  }
  const issued = issueSession('worker', account.id, account.name, WORKER_SESSION_HOURS * HOUR, now)
  save(ctx, issued)
  respond(res, issued, { id: account.id, name: account.name })
}

/** Signs out: forgets this token (204 whether or not it was known). */
export function deleteSession(req: Request, res: Response): void {
  const ctx = apiContext(res)
  const token = bearerToken(req)
  if (token) {
    const hash = hashToken(token)
    if (ctx.store.read().sessions.some((s) => s.tokenHash === hash)) {
      ctx.store.update((data) => {
        data.sessions = data.sessions.filter((s) => s.tokenHash !== hash)
      })
    }
  }
  res.status(204).end()
}

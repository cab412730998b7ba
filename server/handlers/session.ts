// POST /api/session (a worker's code → a worker token; a resident's wx.login code or H5 device id → a resident token)
// and DELETE /api/session (sign out). Resident sessions are limited per address and in total per hour (a WeChat code
// counts before WeChat is asked), one live per device; failed worker sign-ins per address (IPv6 by /64) and in
// total — every count in the database.
import type { Request, Response } from 'express'
import {
  RESIDENT_SESSION_DAYS,
  WORKER_SESSION_HOURS,
  sessionRequestSchema,
  NO_WORKER_ACCOUNTS,
  type SessionResponse,
} from '../../src/domain/api-contract'
import type { ServerContext } from '../context'
import { bearerToken } from '../http/auth'
import { clientAddress } from '../http/client-address'
import { sendError, sendTooMany } from '../http/errors'
import { parseBody } from '../http/request'
import { findCommunity } from '../store/communities'
import { hit, unhit, type Window } from '../store/rate-limits'
import {
  createSession as storeSession,
  deleteSession as endSession,
  endSubjectSessions,
  residentOwnerId,
} from '../store/sessions'
import { findWorkerByCode, hasActiveWorkers } from '../store/workers'
import { rememberOpenid } from '../store/content-checks'
import type { Tx } from '../db/database'
import { WechatError, sendWechatError, wechatResidentId } from '../wechat'

const HOUR = 60 * 60 * 1000
export const WRONG_CODE = '工作人员码不正确'
export const UNKNOWN_COMMUNITY = '没有这个社区'
export const SIGN_IN_OFF = '工作人员登录未开启：服务器没有配置工作人员码（WORKER_CODES）'
export const WECHAT_LOGIN_OFF = '微信登录未开启：服务器没有配置小程序的 AppID 和 AppSecret'
export const WECHAT_LOGIN_OFF_CODE = 'wechat-login-off'

/** Counts one resident session against the per-address and total hourly limits; the limit it went over, if any. */
async function countResidentSession(ctx: ServerContext, tx: Tx, req: Request, now: Date) {
  const { limits } = ctx.config
  const hour: Window = { ms: HOUR }
  const perAddress = await hit(
    tx,
    `resident-sessions:${clientAddress(req)}`,
    hour,
    limits.residentSessionsPerAddressPerHour,
    now,
  )
  const total = await hit(tx, 'resident-sessions:all', hour, limits.residentSessionsPerHour, now)
  return [perAddress, total].find((h) => h.over) ?? null
}

const tooManySessions = (res: Response, retryAfterMs: number) =>
  sendTooMany(res, (wait) => `请求太频繁，请 ${wait}后再试`, retryAfterMs)

type ResidentProof = { deviceId: string } | { wxCode: string }

async function residentSession(
  ctx: ServerContext,
  req: Request,
  res: Response,
  proof: ResidentProof,
  communityId?: string,
) {
  const now = ctx.now()
  const community = await findCommunity(ctx.db, communityId ?? ctx.config.community.id)
  if (!community) {
    sendError(res, 400, { error: UNKNOWN_COMMUNITY, fields: { community: UNKNOWN_COMMUNITY } })
    return
  }
  let subject: string
  let openid: string | null = null
  if ('wxCode' in proof) {
    const { wechat } = ctx
    if (!wechat) {
      sendError(res, 503, { error: WECHAT_LOGIN_OFF, code: WECHAT_LOGIN_OFF_CODE })
      return
    }
    // Counted before WeChat is asked, so a flood of made-up codes cannot spend the mini-program's WeChat quota.
    const refused = await ctx.db.transaction((tx) => countResidentSession(ctx, tx, req, now))
    if (refused) return tooManySessions(res, refused.retryAfterMs)
    try {
      openid = (await wechat.code2Session(proof.wxCode)).openid
      subject = wechatResidentId(wechat.appId, openid)
    } catch (error) {
      if (error instanceof WechatError) return sendWechatError(res, error)
      throw error
    }
  } else {
    subject = residentOwnerId(proof.deviceId)
  }
  const issued = await ctx.db.transaction(async (tx) => {
    if ('deviceId' in proof) {
      const refused = await countResidentSession(ctx, tx, req, now)
      if (refused) return { refused }
      // One live session per device: a new one replaces the old. A WeChat account may be signed in on a phone and
      // on WeChat for PC at once, so its sessions are left to expire.
      await endSubjectSessions(tx, 'resident', subject)
    }
    const session = await storeSession(tx, {
      role: 'resident',
      community: community.id,
      subject,
      name: null,
      workerId: null,
      lifetimeMs: RESIDENT_SESSION_DAYS * 24 * HOUR,
      now,
    })
    // Kept server-side for the content checks, which need the sender's openid; never sent to the app.
    if (openid) await rememberOpenid(tx, session.token, openid)
    return { session }
  })
  if ('refused' in issued && issued.refused) return tooManySessions(res, issued.refused.retryAfterMs)
  const { session } = issued as { session: { token: string; expiresAt: Date } }
  const body: SessionResponse = {
    token: session.token,
    role: 'resident',
    expiresAt: session.expiresAt.toISOString(),
    community,
    worker: null,
  }
  res.status(201).json(body)
}

async function workerSession(ctx: ServerContext, req: Request, res: Response, code: string) {
  const now = ctx.now()
  if (!(await hasActiveWorkers(ctx.db))) {
    sendError(res, 503, { error: SIGN_IN_OFF, code: NO_WORKER_ACCOUNTS })
    return
  }
  const { limits } = ctx.config
  const window: Window = { ms: limits.signInWindowMinutes * 60 * 1000 }
  // Counted before the code is checked, so concurrent guesses cannot slip past the limit; a right code takes it back.
  const buckets = [
    { bucket: `worker-signin:${clientAddress(req)}`, limit: limits.signInFailuresPerAddress },
    { bucket: 'worker-signin:all', limit: limits.signInFailuresGlobal },
  ]
  const hits = await Promise.all(buckets.map((b) => hit(ctx.db, b.bucket, window, b.limit, now)))
  const refused = hits.find((h) => h.over)
  if (refused) {
    await Promise.all(buckets.map((b) => unhit(ctx.db, b.bucket, window, now)))
    sendTooMany(res, (wait) => `登录失败次数过多，请 ${wait}后再试`, refused.retryAfterMs)
    return
  }
  const account = await findWorkerByCode(ctx.db, code)
  if (!account) {
    sendError(res, 401, { error: WRONG_CODE, fields: { code: WRONG_CODE } })
    return
  }
  await Promise.all(buckets.map((b) => unhit(ctx.db, b.bucket, window, now)))
  const community = await findCommunity(ctx.db, account.community)
  if (!community) throw new Error(`worker ${account.id} belongs to a missing community`)
  const session = await storeSession(ctx.db, {
    role: 'worker',
    community: account.community,
    subject: account.id,
    name: account.name,
    workerId: account.id,
    lifetimeMs: WORKER_SESSION_HOURS * HOUR,
    now,
  })
  const body: SessionResponse = {
    token: session.token,
    role: 'worker',
    expiresAt: session.expiresAt.toISOString(),
    community,
    worker: { id: account.id, name: account.name },
  }
  res.status(201).json(body)
}

export async function createSession(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const body = parseBody(req, res, sessionRequestSchema)
  if (!body) return
  if (body.role === 'resident') {
    const proof: ResidentProof = body.wxCode !== undefined ? { wxCode: body.wxCode } : { deviceId: body.deviceId! }
    return residentSession(ctx, req, res, proof, body.community)
  }
  return workerSession(ctx, req, res, body.code)
}

/** Signs out: forgets this token (204 whether or not it was known). */
export async function deleteSession(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const token = bearerToken(req)
  if (token) await endSession(ctx.db, token)
  res.status(204).end()
}

// POST /api/session (a worker's invite, login + passphrase or bound WeChat → a worker token — ./worker-session.ts; a
// resident's wx.login code or H5 device id → a resident token) and DELETE /api/session (sign out). Resident sessions
// are limited per address and in total per hour (a WeChat code counts before WeChat is asked), one live per device.
import type { Request, Response } from 'express'
import { sessionRequestSchema } from '../../src/domain/api-contract'
import type { ServerContext } from '../context'
import { bearerToken } from '../http/auth'
import { clientAddress } from '../http/client-address'
import { sendError, sendTooMany } from '../http/errors'
import { parseBody } from '../http/request'
import { findCommunity } from '../store/communities'
import { hit, type Window } from '../store/rate-limits'
import {
  createSession as storeSession,
  deleteSession as endSession,
  endSubjectSessions,
  residentOwnerId,
} from '../store/sessions'
import { rememberOpenid } from '../store/content-checks'
import type { Tx } from '../db/database'
import { WechatError, sendWechatError, wechatIdentity } from '../wechat'
import { WECHAT_LOGIN_OFF, WECHAT_LOGIN_OFF_CODE } from '../wechat/errors'
import { SESSION_LIFETIME_MS, sendSession } from './session-reply'
import { workerSession } from './worker-session'

const HOUR = 60 * 60 * 1000
export const UNKNOWN_COMMUNITY = '没有这个社区'
export { WECHAT_LOGIN_OFF, WECHAT_LOGIN_OFF_CODE } from '../wechat/errors'

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
      const identity = await wechatIdentity(wechat, proof.wxCode)
      openid = identity.openid
      subject = identity.accountId
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
      lifetimeMs: SESSION_LIFETIME_MS.resident,
      now,
    })
    // Kept server-side for the content checks, which need the sender's openid; never sent to the app.
    if (openid) await rememberOpenid(tx, session.token, openid)
    return { session }
  })
  if ('refused' in issued && issued.refused) return tooManySessions(res, issued.refused.retryAfterMs)
  const { session } = issued as { session: { token: string; expiresAt: Date } }
  sendSession(res, session, community, null)
}

export async function createSession(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const body = parseBody(req, res, sessionRequestSchema)
  if (!body) return
  if (body.role === 'resident') {
    const proof: ResidentProof = body.wxCode !== undefined ? { wxCode: body.wxCode } : { deviceId: body.deviceId! }
    return residentSession(ctx, req, res, proof, body.community)
  }
  return workerSession(ctx, req, res, body)
}

/** Signs out: forgets this token (204 whether or not it was known). */
export async function deleteSession(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const token = bearerToken(req)
  if (token) await endSession(ctx.db, token)
  res.status(204).end()
}

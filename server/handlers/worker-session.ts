// A worker's POST /api/session: first use of an invite (sets a passphrase in H5, binds the WeChat in the
// mini-program), then login + passphrase or the bound WeChat alone. Every attempt counts against the failure limits
// (per address, IPv6 by /64, and in total) before anything is checked; one that succeeds takes its count back.
import { eq } from 'drizzle-orm'
import type { Request, Response } from 'express'
import { NO_WORKER_ACCOUNTS, type SessionRequest } from '../../src/domain/api-contract'
import type { ServerContext } from '../context'
import { workers } from '../db/schema'
import { clientAddress } from '../http/client-address'
import { sendError, sendTooMany } from '../http/errors'
import { findCommunity } from '../store/communities'
import { hit, unhit, type Window } from '../store/rate-limits'
import { rememberOpenid } from '../store/content-checks'
import { createSession as storeSession } from '../store/sessions'
import {
  findByInvite,
  findByLogin,
  findByWechat,
  hasUsableWorkers,
  hashPassphrase,
  markSignedIn,
  redeemInvite,
  verifyPassphrase,
  type Credential,
  type WorkerRow,
} from '../store/workers'
import { WechatError, sendWechatError, wechatIdentity } from '../wechat'
import { WECHAT_LOGIN_OFF, WECHAT_LOGIN_OFF_CODE } from '../wechat/errors'
import { SESSION_LIFETIME_MS, sendSession } from './session-reply'

export const INVITE_WRONG = '邀请码不正确'
export const INVITE_EXPIRED = '邀请码已过期（请联系管理员重新邀请）'
export const ACCOUNT_REVOKED = '账号已停用'
export const PASSPHRASE_WRONG = '口令不正确'
export const NO_PASSPHRASE_YET = '这个账号还没有设置口令：请先用邀请码首次登录'
export const WECHAT_NOT_BOUND = '这个微信没有绑定工作人员账号'
export const WECHAT_TAKEN = '这个微信已绑定另一个工作人员账号'
export const NO_ACCOUNTS =
  '还没有工作人员账号：请管理员运行 npm run admin -- worker add --community <社区编号> --name <姓名> 发出邀请'

type WorkerBody = Extract<SessionRequest, { role: 'worker' }>
/** A signed-in account, with the openid when WeChat proved it (kept for the content checks of its notices). */
type Checked = { ok: WorkerRow; openid?: string } | { status: number; error: string; field: string }

const refuse = (status: number, error: string, field: string): Checked => ({ status, error, field })

async function firstUse(ctx: ServerContext, body: WorkerBody, invite: string, now: Date): Promise<Checked> {
  const row = await findByInvite(ctx.db, invite)
  if (!row) return refuse(401, INVITE_WRONG, 'invite')
  if (row.status === 'revoked') return refuse(403, ACCOUNT_REVOKED, 'invite')
  if (!row.inviteExpiresAt || row.inviteExpiresAt.getTime() <= now.getTime())
    return refuse(401, INVITE_EXPIRED, 'invite')
  let credential: Credential
  let openid: string | undefined
  if (body.wxCode !== undefined) {
    const proved = await wechatIdentity(ctx.wechat!, body.wxCode)
    const wechatId = proved.accountId
    openid = proved.openid
    const bound = await findByWechat(ctx.db, wechatId)
    if (bound && bound.id !== row.id) {
      if (bound.status !== 'revoked') return refuse(409, WECHAT_TAKEN, 'wxCode')
      // A revoked account keeps nothing that matters: its WeChat may be bound to the new account.
      await ctx.db.update(workers).set({ wechatId: null }).where(eq(workers.id, bound.id))
    }
    credential = { wechatId }
  } else {
    credential = { passphraseHash: await hashPassphrase(body.passphrase!) }
  }
  const used = await redeemInvite(ctx.db, invite, credential, now)
  return used ? { ok: used, openid } : refuse(401, INVITE_WRONG, 'invite')
}

async function check(ctx: ServerContext, body: WorkerBody, now: Date): Promise<Checked> {
  if (body.invite !== undefined) return firstUse(ctx, body, body.invite, now)
  if (body.login !== undefined) {
    const row = await findByLogin(ctx.db, body.login)
    const right = await verifyPassphrase(body.passphrase!, row?.passphraseHash ?? null)
    if (row && !right && row.status === 'invited' && !row.passphraseHash) return refuse(401, NO_PASSPHRASE_YET, 'login')
    if (!row || !right) return refuse(401, PASSPHRASE_WRONG, 'passphrase')
    if (row.status !== 'active') return refuse(403, ACCOUNT_REVOKED, 'login')
    await markSignedIn(ctx.db, row.id, now)
    return { ok: row }
  }
  const { accountId, openid } = await wechatIdentity(ctx.wechat!, body.wxCode!)
  const row = await findByWechat(ctx.db, accountId)
  if (!row) return refuse(401, WECHAT_NOT_BOUND, 'wxCode')
  if (row.status !== 'active') return refuse(403, ACCOUNT_REVOKED, 'wxCode')
  await markSignedIn(ctx.db, row.id, now)
  return { ok: row, openid }
}

export async function workerSession(ctx: ServerContext, req: Request, res: Response, body: WorkerBody) {
  const now = ctx.now()
  if (!(await hasUsableWorkers(ctx.db))) {
    sendError(res, 503, { error: NO_ACCOUNTS, code: NO_WORKER_ACCOUNTS })
    return
  }
  if (body.wxCode !== undefined && !ctx.wechat) {
    sendError(res, 503, { error: WECHAT_LOGIN_OFF, code: WECHAT_LOGIN_OFF_CODE })
    return
  }
  const { limits } = ctx.config
  const window: Window = { ms: limits.signInWindowMinutes * 60 * 1000 }
  // Counted before anything is checked, so concurrent guesses cannot slip past the limit; a success takes it back.
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
  let checked: Checked
  try {
    checked = await check(ctx, body, now)
  } catch (error) {
    if (error instanceof WechatError) return sendWechatError(res, error)
    throw error
  }
  if (!('ok' in checked)) {
    sendError(res, checked.status, { error: checked.error, fields: { [checked.field]: checked.error } })
    return
  }
  const account = checked.ok
  await Promise.all(buckets.map((b) => unhit(ctx.db, b.bucket, window, now)))
  const community = await findCommunity(ctx.db, account.community)
  if (!community) throw new Error(`worker ${account.id} belongs to a missing community`)
  const session = await storeSession(ctx.db, {
    role: 'worker',
    community: account.community,
    subject: account.id,
    name: account.name,
    workerId: account.id,
    lifetimeMs: SESSION_LIFETIME_MS.worker,
    now,
  })
  // Kept server-side for msg_sec_check of this worker's notices; never sent to the app.
  if (checked.openid) await rememberOpenid(ctx.db, session.token, checked.openid)
  sendSession(res, session, community, { id: account.id, name: account.name, login: account.login })
}

// The admin's worker commands (npm run admin -- worker add | list | revoke | reinvite), as functions the CLI and the
// tests call, plus the plain-text output the CLI prints (China time). Refusals are AdminError with a Chinese message.
import crypto from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { communities, sessions, workers } from '../db/schema'
import { findCommunity } from '../store/communities'
import { INVITE_HOURS, hashInvite, newInviteCode, newLogin, type WorkerRow } from '../store/workers'

export class AdminError extends Error {}

export const NAME_MAX = 40

export interface Invite {
  code: string
  expiresAt: Date
}

export interface AddedWorker {
  id: string
  login: string
  name: string
  community: { id: string; name: string }
  invite: Invite
}

export interface WorkerListing {
  id: string
  login: string | null
  name: string
  community: string
  status: WorkerRow['status']
  /** How the worker signs in: a bound WeChat, a passphrase, or not yet (invite unused). */
  via: 'wechat' | 'passphrase' | null
  lastSignInAt: Date | null
  inviteExpiresAt: Date | null
}

const newInvite = (now: Date): Invite => ({
  code: newInviteCode(),
  expiresAt: new Date(now.getTime() + INVITE_HOURS * 60 * 60 * 1000),
})

async function community(db: Queryable, id: string) {
  const found = await findCommunity(db, id)
  if (!found) {
    const known = (await db.select({ id: communities.id }).from(communities)).map((c) => c.id)
    throw new AdminError(`没有这个社区：${id}${known.length ? `（已有：${known.join('、')}）` : ''}`)
  }
  return found
}

async function worker(db: Queryable, id: string): Promise<WorkerRow> {
  const typed = id.trim()
  const [row] = await db.select().from(workers).where(eq(workers.id, typed))
  const [byLogin] = row ? [row] : await db.select().from(workers).where(eq(workers.login, typed.toLowerCase()))
  if (!byLogin) throw new AdminError(`没有这个工作人员账号：${id}（用 worker list 查看）`)
  return byLogin
}

export async function addWorker(
  db: Queryable,
  input: { community: string; name: string },
  now: Date = new Date(),
): Promise<AddedWorker> {
  const name = input.name.trim()
  if (!name || name.length > NAME_MAX) throw new AdminError(`姓名应为 1–${NAME_MAX} 个字`)
  const found = await community(db, input.community)
  const invite = newInvite(now)
  for (let attempt = 0; ; attempt++) {
    const id = `w_${crypto.randomBytes(9).toString('base64url')}`
    const login = newLogin()
    const taken = await db.select({ id: workers.id }).from(workers).where(eq(workers.login, login))
    if (taken.length > 0 && attempt < 5) continue
    await db.insert(workers).values({
      id,
      login,
      name,
      community: found.id,
      status: 'invited',
      inviteHash: hashInvite(invite.code),
      inviteExpiresAt: invite.expiresAt,
      createdAt: now,
    })
    return { id, login, name, community: found, invite }
  }
}

export async function listWorkers(db: Queryable, options: { community?: string } = {}): Promise<WorkerListing[]> {
  if (options.community) await community(db, options.community)
  const rows = await db
    .select()
    .from(workers)
    .where(options.community ? eq(workers.community, options.community) : undefined)
    .orderBy(asc(workers.community), asc(workers.createdAt), asc(workers.id))
  return rows.map((w) => ({
    id: w.id,
    login: w.login,
    name: w.name,
    community: w.community,
    status: w.status,
    via: w.wechatId ? 'wechat' : w.passphraseHash ? 'passphrase' : null,
    lastSignInAt: w.lastSignInAt,
    inviteExpiresAt: w.inviteExpiresAt,
  }))
}

/** Revokes for good: the account cannot sign in again and its sessions end now (the next request is 401). */
export async function revokeWorker(db: Queryable, id: string, now: Date = new Date()): Promise<WorkerRow> {
  const row = await worker(db, id)
  if (row.status === 'revoked') throw new AdminError(`${row.name}（${row.id}）的账号已经停用`)
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(workers)
      .set({ status: 'revoked', revokedAt: now, inviteHash: null, inviteExpiresAt: null })
      .where(eq(workers.id, row.id))
      .returning()
    await tx.delete(sessions).where(eq(sessions.workerId, row.id))
    return revoked
  })
}

/**
 * A new invite (a lost passphrase or phone): the old invite, passphrase and WeChat binding are void and the
 * account's sessions end; it signs in again only with the new invite.
 */
export async function reinviteWorker(db: Queryable, id: string, now: Date = new Date()): Promise<AddedWorker> {
  const row = await worker(db, id)
  if (row.status === 'revoked')
    throw new AdminError(`${row.name}（${row.id}）的账号已停用，不能重新邀请；请用 worker add 新建账号`)
  const invite = newInvite(now)
  await db.transaction(async (tx) => {
    await tx
      .update(workers)
      .set({
        status: 'invited',
        inviteHash: hashInvite(invite.code),
        inviteExpiresAt: invite.expiresAt,
        passphraseHash: null,
        wechatId: null,
      })
      .where(eq(workers.id, row.id))
    await tx.delete(sessions).where(eq(sessions.workerId, row.id))
  })
  const found = await community(db, row.community)
  return { id: row.id, login: row.login ?? row.id, name: row.name, community: found, invite }
}

/** A time as China time, `2026-05-04 09:00（北京时间）`. */
export function chinaTime(at: Date): string {
  const shifted = new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}（北京时间）`
}

/** What `worker add` and `worker reinvite` print: the invite (shown only this once) and how to use it. */
export function formatInvite(added: AddedWorker): string {
  return [
    `工作人员：${added.name}（${added.community.name}）`,
    `账号：${added.login}  编号：${added.id}`,
    `邀请码：${added.invite.code}`,
    `有效期至：${chinaTime(added.invite.expiresAt)}，只能使用一次`,
    '首次登录：在「月湾湖 → 工作人员」输入邀请码；网页版同时设置口令（至少 8 个字符），小程序绑定本人微信。',
    '邀请码只显示这一次，请当面或私信交给本人。',
  ].join('\n')
}

const STATUS_LABEL: Record<WorkerRow['status'], string> = { invited: '待激活', active: '已启用', revoked: '已停用' }
const VIA_LABEL = { wechat: '微信', passphrase: '口令' } as const

/** What `worker list` prints: one line per account. */
export function formatList(list: WorkerListing[], now: Date = new Date()): string {
  if (list.length === 0) return '还没有工作人员账号（用 worker add --community <编号> --name <姓名> 添加）'
  return list
    .map((w) => {
      const invite =
        w.status === 'invited' && w.inviteExpiresAt
          ? w.inviteExpiresAt.getTime() > now.getTime()
            ? `邀请有效至 ${chinaTime(w.inviteExpiresAt)}`
            : '邀请已过期'
          : null
      return [
        w.name,
        `账号 ${w.login ?? '—'}`,
        `编号 ${w.id}`,
        w.community,
        STATUS_LABEL[w.status],
        w.via ? `登录方式：${VIA_LABEL[w.via]}` : '登录方式：未设置',
        `最近登录：${w.lastSignInAt ? chinaTime(w.lastSignInAt) : '从未'}`,
        ...(invite ? [invite] : []),
      ].join('  ')
    })
    .join('\n')
}

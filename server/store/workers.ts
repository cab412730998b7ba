// Personal worker accounts in the database: one-time invite codes (stored as sha256, 72 h), passphrases (scrypt with a
// per-row random salt), a bound WeChat identity; the lookups and the atomic first use that sign-in needs.
import crypto from 'node:crypto'
import { and, eq, gt, ne, or } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { workers } from '../db/schema'

export const INVITE_HOURS = 72
export const MIN_PASSPHRASE_LENGTH = 8
/** No 0/O, 1/I: read aloud or copied from paper without mistakes. */
const INVITE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOGIN_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'
const SCRYPT = { N: 16384, r: 8, p: 1 }

export type WorkerRow = typeof workers.$inferSelect

export interface WorkerAccount {
  id: string
  community: string
  name: string
}

const randomFrom = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[crypto.randomInt(alphabet.length)]).join('')

/** A new invite code: 4 groups of 4 from INVITE_ALPHABET (80 random bits), e.g. `K7QD-3MZP-W9XA-H2TC`. */
export const newInviteCode = () => randomFrom(INVITE_ALPHABET, 16).replace(/(.{4})(?=.)/g, '$1-')

/** A new login name: `w` and 6 characters, e.g. `wk3m9p2`. */
export const newLogin = () => `w${randomFrom(LOGIN_ALPHABET, 6)}`

/** What a typed invite code is compared as: upper case, without spaces or dashes. */
export const normaliseInvite = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '')

export const hashInvite = (code: string) =>
  crypto
    .createHash('sha256')
    .update(`invite:${normaliseInvite(code)}`, 'utf8')
    .digest('hex')

function scrypt(passphrase: string, salt: Buffer, n = SCRYPT.N, r = SCRYPT.r, p = SCRYPT.p): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(passphrase.normalize('NFC'), salt, 32, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

export async function hashPassphrase(passphrase: string): Promise<string> {
  const salt = crypto.randomBytes(16)
  const key = await scrypt(passphrase, salt)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Whether `passphrase` matches `stored`; with no stored hash a dummy one is checked, so timing tells nothing. */
export async function verifyPassphrase(passphrase: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    await scrypt(passphrase, Buffer.alloc(16))
    return false
  }
  const [, n, r, p, salt, hash] = parts
  const expected = Buffer.from(hash, 'base64url')
  const key = await scrypt(passphrase, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p))
  return key.length === expected.length && crypto.timingSafeEqual(key, expected)
}

/** The account with this invite code (any status; the caller checks expiry and status). */
export async function findByInvite(db: Queryable, code: string): Promise<WorkerRow | null> {
  const [row] = await db
    .select()
    .from(workers)
    .where(eq(workers.inviteHash, hashInvite(code)))
  return row ?? null
}

/** The account a worker names when signing in: their login (as printed), or their id. */
export async function findByLogin(db: Queryable, login: string): Promise<WorkerRow | null> {
  const typed = login.trim()
  const [row] = await db
    .select()
    .from(workers)
    .where(or(eq(workers.login, typed.toLowerCase()), eq(workers.id, typed)))
  return row ?? null
}

export async function findByWechat(db: Queryable, wechatId: string): Promise<WorkerRow | null> {
  const [row] = await db.select().from(workers).where(eq(workers.wechatId, wechatId))
  return row ?? null
}

export type Credential = { passphraseHash: string } | { wechatId: string }

/**
 * Uses an invite once, atomically: the account becomes active with this credential and the invite is gone (a second
 * use at the same moment finds nothing). Null when the invite is unknown, used, expired or its account revoked.
 */
export async function redeemInvite(
  db: Queryable,
  code: string,
  credential: Credential,
  now: Date,
): Promise<WorkerRow | null> {
  const [row] = await db
    .update(workers)
    .set({ ...credential, status: 'active', inviteHash: null, inviteExpiresAt: null, lastSignInAt: now })
    .where(
      and(eq(workers.inviteHash, hashInvite(code)), ne(workers.status, 'revoked'), gt(workers.inviteExpiresAt, now)),
    )
    .returning()
  return row ?? null
}

export async function markSignedIn(db: Queryable, id: string, now: Date): Promise<void> {
  await db.update(workers).set({ lastSignInAt: now }).where(eq(workers.id, id))
}

/** Whether any account could still sign in (active, or with an invite) — none: sign-in is not set up at all. */
export async function hasUsableWorkers(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ id: workers.id }).from(workers).where(ne(workers.status, 'revoked')).limit(1)
  return row !== undefined
}

// Sessions: random bearer tokens stored only as sha256 hashes, with role, community, subject and expiry; a worker's
// session lives only while the worker's account is active; a resident device keeps one live session.
import crypto from 'node:crypto'
import { and, eq, lt, or, isNull } from 'drizzle-orm'
import type { Role } from '../../src/domain/api-contract'
import type { Queryable } from '../db/database'
import { sessions, workers } from '../db/schema'

export interface Session {
  tokenHash: string
  role: Role
  community: string
  /** A worker's id, or a resident's owner id. */
  subject: string
  name: string | null
  expiresAt: Date
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex')

/** A resident's owner id: derived from the device id, so the device id itself is never stored or shown. */
export const residentOwnerId = (deviceId: string) =>
  `resident-${crypto.createHash('sha256').update(`resident:${deviceId}`, 'utf8').digest('hex').slice(0, 32)}`

export interface NewSession {
  role: Role
  community: string
  subject: string
  name: string | null
  workerId: string | null
  lifetimeMs: number
  now: Date
}

/** Stores a new session and returns its token (shown once, never stored). */
export async function createSession(db: Queryable, s: NewSession): Promise<{ token: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString('base64url')
  const expiresAt = new Date(s.now.getTime() + s.lifetimeMs)
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    role: s.role,
    community: s.community,
    subject: s.subject,
    name: s.name,
    workerId: s.workerId,
    createdAt: s.now,
    expiresAt,
  })
  return { token, expiresAt }
}

/** Ends every session of a subject (a resident device starting a new one). */
export async function endSubjectSessions(db: Queryable, role: Role, subject: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.role, role), eq(sessions.subject, subject)))
}

export type Lookup = { kind: 'ok'; session: Session } | { kind: 'invalid' } | { kind: 'expired' }

/** The session of a token; a worker's only while their account is active. */
export async function findSession(db: Queryable, token: string, now: Date): Promise<Lookup> {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      role: sessions.role,
      community: sessions.community,
      subject: sessions.subject,
      name: sessions.name,
      expiresAt: sessions.expiresAt,
      workerStatus: workers.status,
    })
    .from(sessions)
    .leftJoin(workers, eq(workers.id, sessions.workerId))
    .where(eq(sessions.tokenHash, hashToken(token)))
  if (!row) return { kind: 'invalid' }
  if (row.role === 'worker' && row.workerStatus !== 'active') return { kind: 'invalid' }
  if (row.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' }
  const { workerStatus: _status, ...session } = row
  return { kind: 'ok', session }
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)))
}

/** Removes sessions that have expired, and worker sessions whose account is gone. */
export async function pruneSessions(db: Queryable, now: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), and(eq(sessions.role, 'worker'), isNull(sessions.workerId))))
    .returning({ t: sessions.tokenHash })
  return gone.length
}

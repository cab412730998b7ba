// Sign-in for the mock API: worker codes from configuration (WORKER_CODES, never the client bundle), random bearer tokens
// stored only as hashes with an expiry and a role, residents' owner ids, and the limit on failed worker sign-ins.
import crypto from 'node:crypto'
import type { Request } from 'express'
import type { Role } from '../src/domain/api-contract'
import type { Person } from '../src/domain/notice'
import type { SessionRecord } from './store'

export interface WorkerAccount extends Person {
  /** sha256 of the code, compared in constant time. */
  codeHash: Buffer
}

export const MIN_CODE_LENGTH = 6
const DEFAULT_WORKER_NAME = '社区工作人员'

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest()
export const hashToken = (token: string) => sha256(token).toString('hex')

/**
 * WORKER_CODES: comma-separated codes, each optionally with a display name — `demo-2026` or `张三:demo-2026,李四:x7k2m9q4`.
 * Codes shorter than 6 characters are ignored (with a warning). No codes: worker sign-in is off.
 */
export function parseWorkerCodes(
  raw: string | undefined,
  warn: (message: string) => void = console.warn,
): WorkerAccount[] {
  const accounts: WorkerAccount[] = []
  for (const entry of (raw ?? '').split(',')) {
    const trimmed = entry.trim()
    if (!trimmed) continue
    const colon = trimmed.indexOf(':')
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : DEFAULT_WORKER_NAME
    const code = colon > 0 ? trimmed.slice(colon + 1).trim() : trimmed
    if (code.length < MIN_CODE_LENGTH) {
      warn(`WORKER_CODES: ignored a code shorter than ${MIN_CODE_LENGTH} characters (entry ${accounts.length + 1})`)
      continue
    }
    accounts.push({ id: `worker-${accounts.length + 1}`, name, codeHash: sha256(code) })
  }
  return accounts
}

/** The account whose code this is; every account is compared, in constant time. */
export function matchWorkerCode(accounts: readonly WorkerAccount[], code: string): WorkerAccount | null {
  const given = sha256(code)
  let found: WorkerAccount | null = null
  for (const account of accounts) {
    if (crypto.timingSafeEqual(account.codeHash, given) && !found) found = account
  }
  return found
}

/** A resident's owner id: derived from the device id, so the device id itself is never stored or shown. */
export const residentOwnerId = (deviceId: string) =>
  `resident-${sha256(`resident:${deviceId}`).toString('hex').slice(0, 32)}`

export interface IssuedSession {
  token: string
  record: SessionRecord
}

export function issueSession(
  role: Role,
  subject: string,
  name: string | null,
  lifetimeMs: number,
  now: Date,
): IssuedSession {
  const token = crypto.randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString()
  return { token, record: { tokenHash: hashToken(token), role, subject, name, expiresAt } }
}

export type Authentication =
  { kind: 'ok'; session: SessionRecord } | { kind: 'missing' } | { kind: 'invalid' } | { kind: 'expired' }

export function bearerToken(req: Request): string | null {
  const header = req.get('authorization')
  const match = header ? /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header) : null
  return match ? match[1] : header ? '' : null
}

export function authenticate(req: Request, sessions: readonly SessionRecord[], now: Date): Authentication {
  const token = bearerToken(req)
  if (token === null) return { kind: 'missing' }
  if (token === '') return { kind: 'invalid' }
  const hash = hashToken(token)
  const session = sessions.find((s) => s.tokenHash === hash)
  if (!session) return { kind: 'invalid' }
  if (Date.parse(session.expiresAt) <= now.getTime()) return { kind: 'expired' }
  return { kind: 'ok', session }
}

export const SIGN_IN_MAX_FAILURES = 5
export const SIGN_IN_WINDOW_MS = 10 * 60 * 1000

/** Failed worker sign-ins per client address: after 5 within 10 minutes, further attempts wait until one ages out. */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    readonly maxFailures = SIGN_IN_MAX_FAILURES,
    readonly windowMs = SIGN_IN_WINDOW_MS,
  ) {}

  private recent(client: string, now: Date): number[] {
    const since = now.getTime() - this.windowMs
    const times = (this.failures.get(client) ?? []).filter((t) => t > since)
    if (times.length > 0) this.failures.set(client, times)
    else this.failures.delete(client)
    return times
  }

  /** Milliseconds until this client may try again; 0 when it may now. */
  blockedFor(client: string, now: Date): number {
    const times = this.recent(client, now)
    if (times.length < this.maxFailures) return 0
    return times[times.length - this.maxFailures] + this.windowMs - now.getTime()
  }

  recordFailure(client: string, now: Date): void {
    this.failures.set(client, [...this.recent(client, now), now.getTime()])
  }
}

// Sessions: a resident's token (from a wx.login code in the mini-program, from a device id kept in storage in H5 —
// see session-identity.*), and a worker's token from their code, kept with its expiry; renewed or dropped when expired.
import { API_PATHS, sessionResponseSchema, type SessionResponse } from '@/domain/api-contract'
import { parseOrNull } from '@/domain/validation'
import { apiRequest } from '@/services/api-client'
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'
import { residentProof } from '@/services/community/session-identity'

const RESIDENT_KEY = STORAGE_KEYS.residentSession
const WORKER_SESSION_KEY = STORAGE_KEYS.workerSession

export interface StoredSession {
  token: string
  role: 'resident' | 'worker'
  expiresAt: string
  name: string | null
}

const isSession = (v: unknown): v is StoredSession =>
  Boolean(v) &&
  typeof v === 'object' &&
  typeof (v as StoredSession).token === 'string' &&
  typeof (v as StoredSession).expiresAt === 'string'

/** Still good for at least a minute. */
const fresh = (s: StoredSession | null, now = Date.now()) => s !== null && Date.parse(s.expiresAt) - 60_000 > now

const parseSession = parseOrNull(sessionResponseSchema)

function store(key: string, s: SessionResponse): StoredSession {
  const session: StoredSession = { token: s.token, role: s.role, expiresAt: s.expiresAt, name: s.worker?.name ?? null }
  writePreference(key, session)
  return session
}

/** A resident token (renewed with the same WeChat account or device id, so the same reports stay theirs). */
export async function residentToken(): Promise<string> {
  const known = readPreference<StoredSession | null>(RESIDENT_KEY, isSession, null)
  if (fresh(known)) return known!.token
  const s = await apiRequest({
    method: 'POST',
    path: API_PATHS.session,
    data: { role: 'resident', ...(await residentProof()) },
    parse: parseSession,
  })
  return store(RESIDENT_KEY, s).token
}

/** The signed-in worker, or null (never signed in, signed out or expired). */
export function workerSession(): StoredSession | null {
  const known = readPreference<StoredSession | null>(WORKER_SESSION_KEY, isSession, null)
  return fresh(known) ? known : null
}

/** Signs a worker in with their code; throws ApiRequestError (工作人员码不正确 401, 429 too many tries…). */
export async function signInWorker(code: string): Promise<StoredSession> {
  const s = await apiRequest({
    method: 'POST',
    path: API_PATHS.session,
    data: { role: 'worker', code: code.trim() },
    parse: parseSession,
  })
  return store(WORKER_SESSION_KEY, s)
}

export function signOutWorker(): void {
  const known = workerSession()
  writePreference(WORKER_SESSION_KEY, null)
  if (known) {
    apiRequest({ method: 'DELETE', path: API_PATHS.session, token: known.token, parse: () => true }).catch(() => {
      // The token expires by itself; nothing to tell the user.
    })
  }
}

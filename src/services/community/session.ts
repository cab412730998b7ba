// Sessions: a resident's token (from a wx.login code in the mini-program, from a device id kept in storage in H5 —
// see session-identity.*), and a worker's token (invite, account + passphrase, or bound WeChat), kept with its expiry;
// renewed or dropped when expired; a worker token the server refuses (401: revoked, reinvited) signs the worker out.
import { API_PATHS, sessionResponseSchema, type SessionResponse } from '@/domain/api-contract'
import { parseOrNull } from '@/domain/validation'
import { apiRequest, onUnauthorized } from '@/services/api-client'
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'
import { residentProof } from '@/services/community/session-identity'
import { fresh, isSession, type StoredSession } from '@/services/community/stored-session'

export type { StoredSession }

const RESIDENT_KEY = STORAGE_KEYS.residentSession
const WORKER_SESSION_KEY = STORAGE_KEYS.workerSession

/**
 * How a worker signs in: first use `invite` + a new `passphrase` (H5) or `invite` + `wxCode` (mini-program); later
 * `login` + `passphrase` (H5) or `wxCode` alone (the WeChat their invite bound).
 */
export type WorkerProof =
  | { invite: string; passphrase: string }
  | { invite: string; wxCode: string }
  | { login: string; passphrase: string }
  | { wxCode: string }

export const SIGNED_OUT_MESSAGE = '您已退出登录：这个登录已失效（账号可能已停用或重新邀请）。请重新登录，或联系管理员。'

const parseSession = parseOrNull(sessionResponseSchema)

function store(key: string, s: SessionResponse): StoredSession {
  const session: StoredSession = {
    token: s.token,
    role: s.role,
    expiresAt: s.expiresAt,
    name: s.worker?.name ?? null,
    login: s.worker?.login ?? null,
  }
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

/** Signs a worker in; throws ApiRequestError (邀请码不正确 / 口令不正确 401, 账号已停用 403, 429 too many tries…). */
export async function signInWorker(proof: WorkerProof): Promise<StoredSession> {
  const trimmed = { ...proof } as Record<string, string>
  for (const key of ['invite', 'login'] as const) if (key in trimmed) trimmed[key] = trimmed[key].trim()
  const s = await apiRequest({
    method: 'POST',
    path: API_PATHS.session,
    data: { role: 'worker', ...trimmed },
    parse: parseSession,
  })
  return store(WORKER_SESSION_KEY, s)
}

const signedOut = new Set<() => void>()

/** Calls `listener` when the server ends the signed-in worker's session (a 401 on their token); unsubscribes. */
export function onWorkerSignedOut(listener: () => void): () => void {
  signedOut.add(listener)
  return () => signedOut.delete(listener)
}

onUnauthorized((token) => {
  const known = readPreference<StoredSession | null>(WORKER_SESSION_KEY, isSession, null)
  if (known?.token !== token) return
  writePreference(WORKER_SESSION_KEY, null)
  signedOut.forEach((listener) => listener())
})

export function signOutWorker(): void {
  const known = workerSession()
  writePreference(WORKER_SESSION_KEY, null)
  if (known) {
    apiRequest({ method: 'DELETE', path: API_PATHS.session, token: known.token, parse: () => true }).catch(() => {
      // The token expires by itself; nothing to tell the user.
    })
  }
}

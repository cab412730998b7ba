// A session as kept on the device, and whether it is still good — without zod, so the 月湾湖 tab (main package) can
// tell whether this device has a resident session before it asks for the unread count.
import { STORAGE_KEYS, readPreference } from '@/services/storage'

export interface StoredSession {
  token: string
  role: 'resident' | 'worker'
  expiresAt: string
  name: string | null
  /** A worker's account name (what they type with their passphrase). */
  login?: string | null
}

export const isSession = (v: unknown): v is StoredSession =>
  Boolean(v) &&
  typeof v === 'object' &&
  typeof (v as StoredSession).token === 'string' &&
  typeof (v as StoredSession).expiresAt === 'string'

/** Still good for at least a minute. */
export const fresh = (s: StoredSession | null, now = Date.now()) => s !== null && Date.parse(s.expiresAt) - 60_000 > now

/** This device's resident token if it has a fresh one; never signs in (a badge is not worth a new session). */
export function knownResidentToken(): string | null {
  const known = readPreference<StoredSession | null>(STORAGE_KEYS.residentSession, isSession, null)
  return fresh(known) ? known!.token : null
}

// How long a session lasts for each role, and the 201 answer of a POST /api/session that signed someone in — one home
// for both sign-ins (a resident's, ./session.ts; a worker's, ./worker-session.ts).
import type { Response } from 'express'
import {
  RESIDENT_SESSION_DAYS,
  WORKER_SESSION_HOURS,
  type Community,
  type SessionResponse,
} from '../../src/domain/api-contract'

const HOUR = 60 * 60 * 1000

export const SESSION_LIFETIME_MS = {
  resident: RESIDENT_SESSION_DAYS * 24 * HOUR,
  worker: WORKER_SESSION_HOURS * HOUR,
} as const

/** 201 with the token; `worker` null for a resident. */
export function sendSession(
  res: Response,
  session: { token: string; expiresAt: Date },
  community: Community,
  worker: SessionResponse['worker'],
): void {
  const body: SessionResponse = {
    token: session.token,
    role: worker ? 'worker' : 'resident',
    expiresAt: session.expiresAt.toISOString(),
    community,
    worker,
  }
  res.status(201).json(body)
}

// The periodic clean-up: expired sessions, week-old idempotency keys, ended rate windows and photos no report claimed
// within a day, and photos WeChat never answered for within a day (refused). Safe to run from several processes at once.
import type { Queryable } from '../db/database'
import { refuseStalePhotos } from './content-checks'
import { pruneKeys } from './idempotency'
import { pruneUnclaimedPhotos } from './photos'
import { pruneCounters } from './rate-limits'
import { pruneSessions } from './sessions'

export interface CleanUpResult {
  sessions: number
  idempotencyKeys: number
  counters: number
  photos: number
  stalePhotoChecks: number
}

export async function cleanUp(db: Queryable, now: Date): Promise<CleanUpResult> {
  return {
    sessions: await pruneSessions(db, now),
    idempotencyKeys: await pruneKeys(db, now),
    counters: await pruneCounters(db, now),
    photos: await pruneUnclaimedPhotos(db, now),
    stalePhotoChecks: await refuseStalePhotos(db, now),
  }
}

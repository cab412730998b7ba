// The periodic clean-up: expired sessions, week-old idempotency keys, ended rate windows, photos no report claimed
// within a day, photos WeChat never answered for within a day (refused), and finished reports past
// REPORT_RETENTION_DAYS (with their photos). Safe to run from several processes at once.
import { DEFAULT_REPORT_RETENTION_DAYS } from '../config'
import type { Queryable } from '../db/database'
import { refuseStalePhotos } from './content-checks'
import { pruneFinishedReports } from './deletion'
import { pruneKeys } from './idempotency'
import { databasePhotoBytes, pruneUnclaimedPhotos, type PhotoBytes } from './photos'
import { pruneCounters } from './rate-limits'
import { pruneSessions } from './sessions'

export interface CleanUpResult {
  sessions: number
  idempotencyKeys: number
  counters: number
  photos: number
  stalePhotoChecks: number
  /** Finished reports deleted because their retention ran out. */
  reports: number
}

export interface CleanUpOptions {
  photoBytes?: PhotoBytes
  reportRetentionDays?: number
}

export async function cleanUp(
  db: Queryable,
  now: Date,
  { photoBytes = databasePhotoBytes, reportRetentionDays = DEFAULT_REPORT_RETENTION_DAYS }: CleanUpOptions = {},
): Promise<CleanUpResult> {
  return {
    sessions: await pruneSessions(db, now),
    idempotencyKeys: await pruneKeys(db, now),
    counters: await pruneCounters(db, now),
    photos: await pruneUnclaimedPhotos(db, now, photoBytes),
    stalePhotoChecks: await refuseStalePhotos(db, now),
    reports: await pruneFinishedReports(db, photoBytes, now, reportRetentionDays),
  }
}

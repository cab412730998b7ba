// Deleting residents' data: one report of theirs, everything keyed by their subject (删除我的全部数据), and finished
// reports past the retention period. Photo bytes go through PhotoBytes before the rows, so an object store empties too.
import { and, eq, inArray, lt } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { idempotencyKeys, photos, reportEvents, reports, sessions } from '../db/schema'
import { deletePhotos, type PhotoBytes } from './photos'
import { deleteSubjectSubscriptions } from './subscriptions'

/** Deletes these reports with their photos (bytes and rows) and status events; how many reports went. */
export async function deleteReports(db: Queryable, bytesStore: PhotoBytes, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  const attached = await db
    .select({ id: photos.id })
    .from(photos)
    .where(inArray(photos.reportId, [...ids]))
  await deletePhotos(
    db,
    bytesStore,
    attached.map((p) => p.id),
  )
  await db.delete(reportEvents).where(inArray(reportEvents.reportId, [...ids]))
  const gone = await db
    .delete(reports)
    .where(inArray(reports.id, [...ids]))
    .returning({ id: reports.id })
  return gone.length
}

/**
 * Deletes the report `id` when it is `ownerId`'s in `community`; false when there is no such report — another's and
 * a missing one are answered alike. Whatever its status: a report workers are handling goes too (they get 404 on it).
 */
export async function deleteOwnReport(
  db: Queryable,
  bytesStore: PhotoBytes,
  owner: { community: string; ownerId: string },
  id: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.id, id), eq(reports.community, owner.community), eq(reports.ownerId, owner.ownerId)))
    .for('update')
  if (!row) return false
  return (await deleteReports(db, bytesStore, [row.id])) === 1
}

/** The idempotency-key scopes a sender's requests are remembered under (handlers/reports.ts, handlers/photos.ts). */
export const subjectKeyScopes = (subject: string) => [`reports:${subject}`, `photos:${subject}`]

export interface SubjectDeletion {
  reports: number
  photos: number
  sessions: number
  idempotencyKeys: number
  /** 订阅消息 subscriptions (with their deliveries). */
  subscriptions: number
}

/**
 * Deletes everything kept under a resident's subject, in every community: reports (with events and photos), photos not
 * yet in a report, idempotency keys, 订阅消息 subscriptions and their deliveries, and every session (the one asking included). Rate counters stay: they hold only a
 * count per day and go with their window; deleting them would let anyone reset their daily limits at will.
 */
export async function deleteSubjectData(
  db: Queryable,
  bytesStore: PhotoBytes,
  subject: string,
): Promise<SubjectDeletion> {
  const own = await db.select({ id: reports.id }).from(reports).where(eq(reports.ownerId, subject)).for('update')
  const attached = own.length
    ? await db
        .select({ id: photos.id })
        .from(photos)
        .where(
          inArray(
            photos.reportId,
            own.map((r) => r.id),
          ),
        )
    : []
  const removedReports = await deleteReports(
    db,
    bytesStore,
    own.map((r) => r.id),
  )
  const loose = await db.select({ id: photos.id }).from(photos).where(eq(photos.ownerId, subject))
  const removedLoose = await deletePhotos(
    db,
    bytesStore,
    loose.map((p) => p.id),
  )
  const keys = await db
    .delete(idempotencyKeys)
    .where(inArray(idempotencyKeys.scope, subjectKeyScopes(subject)))
    .returning({ key: idempotencyKeys.key })
  const subscriptions = await deleteSubjectSubscriptions(db, subject)
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.role, 'resident'), eq(sessions.subject, subject)))
    .returning({ t: sessions.tokenHash })
  return {
    reports: removedReports,
    photos: attached.length + removedLoose,
    sessions: ended.length,
    idempotencyKeys: keys.length,
    subscriptions,
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes 已办结 reports whose last update is more than `retentionDays` ago, with their photos and events. Open
 * reports are kept whatever their age: the problem is not dealt with yet (the resident may delete one themselves).
 */
export async function pruneFinishedReports(
  db: Queryable,
  bytesStore: PhotoBytes,
  now: Date,
  retentionDays: number,
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  const old = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.status, 'resolved'), lt(reports.updatedAt, cutoff)))
    .limit(500)
  return deleteReports(
    db,
    bytesStore,
    old.map((r) => r.id),
  )
}

// Photos: metadata rows (owner, community, the report that names them) and their bytes behind PhotoBytes — kept in
// the database by default, so there is one place to back up and every process sees them; an object store could
// implement the same three calls later.
import { and, eq, inArray, isNull, lt, notExists, sql } from 'drizzle-orm'
import type { PhotoCheck, PhotoRef, PhotoType } from '../../src/domain/report'
import type { Queryable } from '../db/database'
import { photos, verifiedFacts } from '../db/schema'

/** Where photo bytes live. */
export interface PhotoBytes {
  save(db: Queryable, id: string, data: Buffer): Promise<void>
  load(db: Queryable, id: string): Promise<Buffer | null>
  /** Deletes the bytes of these photos (before their rows go: an object store has no cascade). */
  remove(db: Queryable, ids: readonly string[]): Promise<void>
}

export const databasePhotoBytes: PhotoBytes = {
  async save(db, id, data) {
    await db.update(photos).set({ data }).where(eq(photos.id, id))
  },
  async load(db, id) {
    const [row] = await db.select({ data: photos.data }).from(photos).where(eq(photos.id, id))
    return row?.data ?? null
  },
  async remove(db, ids) {
    if (ids.length > 0)
      await db
        .update(photos)
        .set({ data: null })
        .where(inArray(photos.id, [...ids]))
  },
}

export interface NewPhoto {
  id: string
  community: string
  ownerId: string
  type: PhotoType
  data: Buffer
  now: Date
  /** 'pending' when WeChat is to check it; 'passed' (the default) when checks are off for this sender. */
  check?: PhotoCheck
}

export async function insertPhoto(db: Queryable, bytesStore: PhotoBytes, p: NewPhoto): Promise<PhotoRef> {
  await db.insert(photos).values({
    id: p.id,
    community: p.community,
    ownerId: p.ownerId,
    type: p.type,
    bytes: p.data.length,
    createdAt: p.now,
    check: p.check ?? 'passed',
  })
  await bytesStore.save(db, p.id, p.data)
  return { id: p.id, type: p.type, bytes: p.data.length, check: p.check ?? 'passed' }
}

export interface PhotoMeta extends PhotoRef {
  community: string
  ownerId: string
  reportId: string | null
}

export async function findPhoto(db: Queryable, id: string): Promise<PhotoMeta | null> {
  const [row] = await db
    .select({
      id: photos.id,
      type: photos.type,
      bytes: photos.bytes,
      community: photos.community,
      ownerId: photos.ownerId,
      reportId: photos.reportId,
      check: photos.check,
    })
    .from(photos)
    .where(eq(photos.id, id))
  return row ? { ...row, type: row.type as PhotoType } : null
}

/**
 * Attaches the sender's own unclaimed photos to a report, in the order given; false (nothing attached) when any id
 * is not such a photo.
 */
export async function attachPhotos(
  tx: Queryable,
  ids: readonly string[],
  owner: { community: string; ownerId: string },
  reportId: string,
): Promise<boolean> {
  if (ids.length === 0) return true
  const rows = await tx
    .select({ id: photos.id })
    .from(photos)
    .where(
      and(
        inArray(photos.id, [...ids]),
        eq(photos.community, owner.community),
        eq(photos.ownerId, owner.ownerId),
        isNull(photos.reportId),
      ),
    )
    .for('update')
  if (rows.length !== ids.length) return false
  for (const [position, id] of ids.entries()) {
    await tx.update(photos).set({ reportId, position }).where(eq(photos.id, id))
  }
  return true
}

/** Photo references of these reports, by report id, in their order. */
export async function photosOfReports(db: Queryable, reportIds: readonly string[]): Promise<Map<string, PhotoRef[]>> {
  const found = new Map<string, PhotoRef[]>()
  if (reportIds.length === 0) return found
  const rows = await db
    .select({
      id: photos.id,
      type: photos.type,
      bytes: photos.bytes,
      reportId: photos.reportId,
      position: photos.position,
      check: photos.check,
    })
    .from(photos)
    .where(inArray(photos.reportId, [...reportIds]))
    .orderBy(photos.position)
  for (const row of rows) {
    const list = found.get(row.reportId!) ?? []
    list.push({ id: row.id, type: row.type as PhotoType, bytes: row.bytes, check: row.check })
    found.set(row.reportId!, list)
  }
  return found
}

/** How long an uploaded photo waits for a report (or a verification) to name it before the clean-up removes it. */
export const UNCLAIMED_PHOTO_MS = 24 * 60 * 60 * 1000

/** Deletes these photos: bytes first (through `bytesStore`), then rows; how many rows went. */
export async function deletePhotos(db: Queryable, bytesStore: PhotoBytes, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  await bytesStore.remove(db, ids)
  const gone = await db
    .delete(photos)
    .where(inArray(photos.id, [...ids]))
    .returning({ id: photos.id })
  return gone.length
}

export async function pruneUnclaimedPhotos(
  db: Queryable,
  now: Date,
  bytesStore: PhotoBytes = databasePhotoBytes,
): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCLAIMED_PHOTO_MS)
  const old = await db
    .select({ id: photos.id })
    .from(photos)
    .where(
      and(
        isNull(photos.reportId),
        lt(photos.createdAt, cutoff),
        // A photo of a notice a worker verified a fact with stays as long as the verification names it.
        notExists(
          db
            .select({ one: sql`1` })
            .from(verifiedFacts)
            .where(eq(verifiedFacts.photoId, photos.id)),
        ),
      ),
    )
  return deletePhotos(
    db,
    bytesStore,
    old.map((p) => p.id),
  )
}

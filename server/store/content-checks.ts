// What the content checks keep: the openid behind a wx.login session (server-side only, gone with the session) and
// each photo's check status — 'pending' with WeChat's trace_id until the push settles it 'passed' or 'refused'.
import { and, eq, lt } from 'drizzle-orm'
import type { PhotoCheck } from '../../src/domain/report'
import type { Db, Queryable } from '../db/database'
import { idempotencyKeys, photos, sessionOpenids } from '../db/schema'
import { hashToken } from './sessions'

/** A pending photo WeChat never answered for is refused after this long (WeChat says its push comes within 30 min). */
export const PENDING_PHOTO_MS = 24 * 60 * 60 * 1000

/** Keeps the openid of a session just signed in with wx.login (by its token; the token itself is never stored). */
export async function rememberOpenid(db: Queryable, token: string, openid: string): Promise<void> {
  await db
    .insert(sessionOpenids)
    .values({ tokenHash: hashToken(token), openid })
    .onConflictDoNothing()
}

/** The openid of a session, or null (H5 residents and workers without a WeChat sign-in have none). */
export async function openidOf(db: Queryable, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .select({ openid: sessionOpenids.openid })
    .from(sessionOpenids)
    .where(eq(sessionOpenids.tokenHash, tokenHash))
  return row?.openid ?? null
}

export async function setPhotoTrace(db: Queryable, photoId: string, traceId: string): Promise<void> {
  await db.update(photos).set({ checkTraceId: traceId }).where(eq(photos.id, photoId))
}

/** Settles the pending photo of this trace_id; false when no pending photo has it (unknown, gone or settled). */
export async function settlePhotoCheck(
  db: Queryable,
  traceId: string,
  check: Exclude<PhotoCheck, 'pending'>,
): Promise<boolean> {
  const settled = await db
    .update(photos)
    .set({ check })
    .where(and(eq(photos.checkTraceId, traceId), eq(photos.check, 'pending')))
    .returning({ id: photos.id })
  return settled.length > 0
}

/** Refuses photos still pending after PENDING_PHOTO_MS: a photo no check has cleared is never shown to workers. */
export async function refuseStalePhotos(db: Queryable, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PENDING_PHOTO_MS)
  const refused = await db
    .update(photos)
    .set({ check: 'refused' })
    .where(and(eq(photos.check, 'pending'), lt(photos.createdAt, cutoff)))
    .returning({ id: photos.id })
  return refused.length
}

/** Undoes an upload WeChat would not take for checking: the photo and its idempotency key, so a retry starts anew. */
export async function forgetUpload(db: Db, photoId: string, key?: { scope: string; key: string }) {
  await db.transaction(async (tx) => {
    await tx.delete(photos).where(eq(photos.id, photoId))
    if (key) {
      await tx
        .delete(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, key.scope), eq(idempotencyKeys.key, key.key)))
    }
  })
}

// Idempotency keys: the first request with a (scope, key) claims it for a resource inside its transaction; a
// concurrent or later one finds the claim (the primary key makes the database pick exactly one winner).
import { and, eq, lt } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { idempotencyKeys } from '../db/schema'

/** How long a key is remembered: far longer than any outbox keeps retrying. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000

export type Claim = { claimed: true } | { claimed: false; bodyHash: string; resourceId: string }

/**
 * Claims the key for `resourceId`. When another transaction holds the same key uncommitted, PostgreSQL waits for it:
 * if it commits, this returns its claim; if it rolls back, this one claims the key.
 */
export async function claimKey(
  tx: Queryable,
  record: { scope: string; key: string; bodyHash: string; resourceId: string; now: Date },
): Promise<Claim> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({
      scope: record.scope,
      key: record.key,
      bodyHash: record.bodyHash,
      resourceId: record.resourceId,
      createdAt: record.now,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key })
  if (inserted.length > 0) return { claimed: true }
  const [earlier] = await tx
    .select({ bodyHash: idempotencyKeys.bodyHash, resourceId: idempotencyKeys.resourceId })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, record.scope), eq(idempotencyKeys.key, record.key)))
  if (!earlier) throw new Error('idempotency key vanished between insert and select')
  return { claimed: false, ...earlier }
}

/** An earlier claim of (scope, key), or null. */
export async function findKey(
  db: Queryable,
  scope: string,
  key: string,
): Promise<{ bodyHash: string; resourceId: string } | null> {
  const [row] = await db
    .select({ bodyHash: idempotencyKeys.bodyHash, resourceId: idempotencyKeys.resourceId })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
  return row ?? null
}

export async function pruneKeys(db: Queryable, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)
  const gone = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ k: idempotencyKeys.key })
  return gone.length
}

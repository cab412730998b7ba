// Worker accounts from WORKER_CODES, kept in the database: each code is stored as a scrypt hash; at start the table
// follows the configuration — a new code is a new account, a removed or changed code deactivates its account and
// ends its sessions at once.
import crypto from 'node:crypto'
import { and, eq, inArray, isNotNull, notInArray } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { sessions, workers } from '../db/schema'

export const MIN_CODE_LENGTH = 6
const DEFAULT_WORKER_NAME = '社区工作人员'
/** Fixed so that the hash of a typed code finds its row; scrypt makes guessing codes from a leaked table slow. */
const CODE_SALT = 'xicheng-yuewanhu/worker-code/v1'

export interface ConfiguredWorker {
  name: string
  code: string
}

/**
 * WORKER_CODES: comma-separated codes, each optionally with a display name — `demo-2026` or `张三:demo-2026,李四:x7k2m9q4`.
 * Codes shorter than 6 characters are ignored (with a warning).
 */
export function parseWorkerCodes(raw: string, warn: (message: string) => void): ConfiguredWorker[] {
  const found: ConfiguredWorker[] = []
  raw.split(',').forEach((entry, index) => {
    const trimmed = entry.trim()
    if (!trimmed) return
    const colon = trimmed.indexOf(':')
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : DEFAULT_WORKER_NAME
    const code = colon > 0 ? trimmed.slice(colon + 1).trim() : trimmed
    if (code.length < MIN_CODE_LENGTH) {
      warn(`WORKER_CODES: ignored entry ${index + 1}, its code is shorter than ${MIN_CODE_LENGTH} characters`)
      return
    }
    found.push({ name, code })
  })
  return found
}

export function hashCode(code: string): Promise<string> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(code, CODE_SALT, 32, { N: 16384, r: 8, p: 1 }, (error, key) =>
      error ? reject(error) : resolve(key.toString('base64url')),
    ),
  )
}

export interface WorkerAccount {
  id: string
  community: string
  name: string
}

/** Makes the workers table match the configured codes for `community`; returns how many accounts are active. */
export async function syncWorkerCodes(
  db: Queryable,
  community: string,
  configured: ConfiguredWorker[],
): Promise<number> {
  const hashes = await Promise.all(configured.map((w) => hashCode(w.code)))
  await db.transaction(async (tx) => {
    for (const [i, worker] of configured.entries()) {
      await tx
        .insert(workers)
        .values({
          id: `w_${crypto.randomBytes(9).toString('base64url')}`,
          community,
          name: worker.name,
          codeHash: hashes[i],
        })
        .onConflictDoUpdate({ target: workers.codeHash, set: { name: worker.name, active: true, community } })
    }
    const stale = tx
      .select({ id: workers.id })
      .from(workers)
      .where(
        and(
          eq(workers.community, community),
          isNotNull(workers.codeHash),
          hashes.length > 0 ? notInArray(workers.codeHash, hashes) : undefined,
        ),
      )
    const staleIds = (await stale).map((w) => w.id)
    if (staleIds.length > 0) {
      await tx.delete(sessions).where(inArray(sessions.workerId, staleIds))
      await tx
        .update(workers)
        .set({ active: false, codeHash: null, revokedAt: new Date() })
        .where(inArray(workers.id, staleIds))
    }
  })
  return configured.length
}

/** The active account whose code this is, or null. */
export async function findWorkerByCode(db: Queryable, code: string): Promise<WorkerAccount | null> {
  const codeHash = await hashCode(code)
  const [row] = await db
    .select({ id: workers.id, community: workers.community, name: workers.name })
    .from(workers)
    .where(and(eq(workers.codeHash, codeHash), eq(workers.active, true)))
  return row ?? null
}

/** Adds one account (tests, and the admin command to come); returns it. */
export async function addWorker(db: Queryable, community: string, worker: ConfiguredWorker): Promise<WorkerAccount> {
  const id = `w_${crypto.randomBytes(9).toString('base64url')}`
  await db.insert(workers).values({ id, community, name: worker.name, codeHash: await hashCode(worker.code) })
  return { id, community, name: worker.name }
}

export async function hasActiveWorkers(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ id: workers.id }).from(workers).where(eq(workers.active, true)).limit(1)
  return row !== undefined
}

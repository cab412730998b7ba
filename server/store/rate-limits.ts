// Fixed-window counters in the database, so a limit holds across every server process: count a hit (or N bytes),
// learn whether it went over and when the window ends; take a hit back (a sign-in that turned out right).
import { and, eq, lt, sql } from 'drizzle-orm'
import type { Queryable } from '../db/database'
import { rateCounters } from '../db/schema'

export interface Window {
  /** Length of a window in ms. */
  ms: number
  /** Shifts window starts, e.g. +8 h so that daily windows begin at midnight China time. */
  offsetMs?: number
}

export const CHINA_DAY: Window = { ms: 24 * 60 * 60 * 1000, offsetMs: 8 * 60 * 60 * 1000 }

export function windowOf(now: Date, { ms, offsetMs = 0 }: Window): { start: Date; end: Date } {
  const start = Math.floor((now.getTime() + offsetMs) / ms) * ms - offsetMs
  return { start: new Date(start), end: new Date(start + ms) }
}

export interface Hit {
  /** The count including this hit. */
  count: number
  /** Whether the count is now over `limit`. */
  over: boolean
  /** Milliseconds until the window ends (when to try again). */
  retryAfterMs: number
}

/** Adds `amount` to the bucket's counter of the current window, atomically. */
export async function hit(
  db: Queryable,
  bucket: string,
  window: Window,
  limit: number,
  now: Date,
  amount = 1,
): Promise<Hit> {
  const { start, end } = windowOf(now, window)
  const [row] = await db
    .insert(rateCounters)
    .values({ bucket, windowStart: start, windowEnd: end, count: amount })
    .onConflictDoUpdate({
      target: [rateCounters.bucket, rateCounters.windowStart],
      set: { count: sql`${rateCounters.count} + ${amount}` },
    })
    .returning({ count: rateCounters.count })
  return { count: row.count, over: row.count > limit, retryAfterMs: end.getTime() - now.getTime() }
}

/** Takes back `amount` counted by hit() in the same window. */
export async function unhit(db: Queryable, bucket: string, window: Window, now: Date, amount = 1): Promise<void> {
  const { start } = windowOf(now, window)
  await db
    .update(rateCounters)
    .set({ count: sql`GREATEST(${rateCounters.count} - ${amount}, 0)` })
    .where(and(eq(rateCounters.bucket, bucket), eq(rateCounters.windowStart, start)))
}

/** Removes counters whose window has ended. */
export async function pruneCounters(db: Queryable, now: Date): Promise<number> {
  const gone = await db
    .delete(rateCounters)
    .where(lt(rateCounters.windowEnd, now))
    .returning({ b: rateCounters.bucket })
  return gone.length
}

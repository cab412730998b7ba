// Opaque page cursors: the sort key of the last row sent, as base64url JSON (anything that does not decode is refused),
// and the keyset condition every list pages by.
import { and, eq, gt, lt, lte, or, type SQL } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'

export function encodeCursor(value: Record<string, string | boolean>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

/** The cursor's fields when each named one is present with the given type; null for anything else. */
export function decodeCursor<T extends Record<string, 'string' | 'boolean'>>(
  text: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : boolean } | null {
  if (text.length > 400) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (!value || typeof value !== 'object') return null
  const record = value as Record<string, unknown>
  for (const [key, type] of Object.entries(shape)) if (typeof record[key] !== type) return null
  return record as { [K in keyof T]: T[K] extends 'string' ? string : boolean }
}

/** An ISO time from a cursor, or null. */
export function cursorTime(text: string): Date | null {
  const t = Date.parse(text)
  return Number.isNaN(t) ? null : new Date(t)
}

/**
 * Rows after (t, id) in "t descending, then id ascending" order — the keyset every list pages by. The redundant
 * `column <= t` lets PostgreSQL start its index scan at the cursor instead of skipping every row before it.
 */
export function afterKey(column: PgColumn, t: Date, idColumn: PgColumn, id: string): SQL | undefined {
  return and(lte(column, t), or(lt(column, t), and(eq(column, t), gt(idColumn, id))))
}

/** A keyset cursor `{ t, i }` read back: absent (first page), the row it names, or null when it is not one of ours. */
export function readKeyset(text: string | undefined): { at: Date; id: string } | 'first' | null {
  if (text === undefined) return 'first'
  const cursor = decodeCursor(text, { t: 'string', i: 'string' })
  const at = cursor ? cursorTime(cursor.t) : null
  return cursor && at ? { at, id: cursor.i } : null
}

/** The page of `rows` (fetched with limit + 1) and the cursor after its last row when more follow. */
export function keysetPage<T>(rows: T[], limit: number, key: (row: T) => { at: Date; id: string }) {
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const next = rows.length > limit && last ? key(last) : null
  return { page, nextCursor: next ? encodeCursor({ t: next.at.toISOString(), i: next.id }) : null }
}

// The notice lists in SQL, built from the domain's own rules so server and client cannot drift: which rows are in
// which state (noticeState), which states residents see under which heading (feedSection), and the order of each list
// (FEED_ORDER, UNPUBLISHED_ORDER), paged by keyset on those same sort keys.
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, lte, or, type SQL } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { NoticeSummary } from '../../src/domain/notice/api'
import { NOTICE_STATES, type NoticeState } from '../../src/domain/notice/labels'
import { FEED_ORDER, UNPUBLISHED_ORDER, type SortKey } from '../../src/domain/notice/order'
import { feedSection, noticeState, type FeedSection } from '../../src/domain/notice/rules'
import type { Queryable } from '../db/database'
import { notices } from '../db/schema'
import { cursorTime, decodeCursor, encodeCursor, keysetPage, readKeyset } from './cursor'
import { LIST_COLUMNS, sharedFields, type ListRow } from './notices'

/** A list row as the API's summary, its state at `now`. */
export function toSummary(row: ListRow, now: Date): NoticeSummary {
  const fields = sharedFields(row)
  return { ...fields, editedAt: row.editedAt?.toISOString() ?? null, state: noticeState(fields, now) }
}

/**
 * noticeState (src/domain/notice/rules.ts) as SQL: the rows in `state` at `now`. tests/api/notice-order.test.ts puts
 * notices on every boundary (publish and expiry exactly now) and checks the server's lists against the domain's.
 */
function inState(state: NoticeState, now: Date): SQL | undefined {
  const kept = isNull(notices.withdrawnAt)
  const out = and(kept, isNotNull(notices.publishAt), lte(notices.publishAt, now))
  switch (state) {
    case 'withdrawn':
      return isNotNull(notices.withdrawnAt)
    case 'draft':
      return and(kept, isNull(notices.publishAt))
    case 'scheduled':
      return and(kept, gt(notices.publishAt, now))
    case 'published':
      return and(out, or(isNull(notices.expireAt), gt(notices.expireAt, now)))
    case 'expired':
      return and(out, lte(notices.expireAt, now))
  }
}

/** Rows in any state that residents see under `section` (null: what only workers see). */
const inSection = (section: FeedSection | null, now: Date) =>
  or(...NOTICE_STATES.filter((state) => feedSection(state) === section).map((state) => inState(state, now)))

const COLUMNS: Record<SortKey['key'], PgColumn> = {
  pinned: notices.pinned,
  publishAt: notices.publishAt,
  updatedAt: notices.updatedAt,
  id: notices.id,
}
type KeyValues = Partial<Record<SortKey['key'], Date | string | boolean>>

const orderBy = (keys: readonly SortKey[]) =>
  keys.map(({ key, direction }) => (direction === 'desc' ? desc(COLUMNS[key]) : asc(COLUMNS[key])))

/**
 * Rows after the row with `values` in the order of `keys` (a keyset): later on the first key that differs. The leading
 * `first key <=/>= value` is redundant; it lets PostgreSQL start its index scan at the cursor.
 */
function after(keys: readonly SortKey[], values: KeyValues): SQL | undefined {
  const value = (key: SortKey['key']) => values[key] as Date | string | boolean
  const beyond = ({ key, direction }: SortKey) =>
    direction === 'desc' ? lt(COLUMNS[key], value(key)) : gt(COLUMNS[key], value(key))
  const ties = keys.map((k, i) => and(...keys.slice(0, i).map((p) => eq(COLUMNS[p.key], value(p.key))), beyond(k)))
  const [first] = keys
  const start = first.direction === 'desc' ? lte(COLUMNS[first.key], value(first.key)) : undefined
  return and(start, or(...ties))
}

export interface NoticePage {
  rows: ListRow[]
  nextCursor: string | null
}

async function sectionPage(
  db: Queryable,
  community: string,
  now: Date,
  section: FeedSection | null,
  cursor: KeyValues | null,
  limit: number,
) {
  const keys = section === null ? UNPUBLISHED_ORDER : FEED_ORDER[section]
  return db
    .select(LIST_COLUMNS)
    .from(notices)
    .where(and(eq(notices.community, community), inSection(section, now), cursor ? after(keys, cursor) : undefined))
    .orderBy(...orderBy(keys))
    .limit(limit)
}

const FEED_CURSOR = { s: 'string', t: 'string', i: 'string', p: 'boolean' } as const

/**
 * One page of the residents' feed: current notices, then 往期, as one sequence. Returns null for a cursor that is not
 * one of ours (the caller answers 400).
 */
export async function pageFeed(
  db: Queryable,
  community: string,
  now: Date,
  cursorText: string | undefined,
  limit: number,
): Promise<NoticePage | null> {
  const cursor = cursorText === undefined ? null : decodeCursor(cursorText, FEED_CURSOR)
  const at = cursor ? cursorTime(cursor.t) : null
  if (cursorText !== undefined && (!cursor || !at || (cursor.s !== 'c' && cursor.s !== 'p'))) return null
  const last = cursor && at ? { pinned: cursor.p, publishAt: at, id: cursor.i } : null
  const rows: ListRow[] = []
  const startSection: FeedSection = cursor?.s === 'p' ? 'past' : 'current'
  if (startSection === 'current') rows.push(...(await sectionPage(db, community, now, 'current', last, limit + 1)))
  if (rows.length <= limit) {
    const pastCursor = startSection === 'past' ? last : null
    rows.push(...(await sectionPage(db, community, now, 'past', pastCursor, limit + 1 - rows.length)))
  }
  const page = rows.slice(0, limit)
  const end = page[page.length - 1]
  if (rows.length <= limit || !end) return { rows: page, nextCursor: null }
  const section = feedSection(noticeState(sharedFields(end), now))
  const nextCursor = encodeCursor({
    s: section === 'past' ? 'p' : 'c',
    t: end.publishAt!.toISOString(),
    i: end.id,
    p: end.pinned,
  })
  return { rows: page, nextCursor }
}

/** One page of what only workers see: drafts, scheduled and withdrawn, most recently changed first. */
export async function pageUnpublished(
  db: Queryable,
  community: string,
  now: Date,
  cursorText: string | undefined,
  limit: number,
): Promise<NoticePage | null> {
  const cursor = readKeyset(cursorText)
  if (cursor === null) return null
  const last = cursor === 'first' ? null : { updatedAt: cursor.at, id: cursor.id }
  const rows = await sectionPage(db, community, now, null, last, limit + 1)
  const { page, nextCursor } = keysetPage(rows, limit, (row) => ({ at: row.updatedAt, id: row.id }))
  return { rows: page, nextCursor }
}

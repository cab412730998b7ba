// Notices in the database: a notice row plus its history rows, read back as the domain's NoticeRecord; writes lock
// the row so concurrent edits apply one after the other; lists page by keyset in the residents' order.
import { and, asc, desc, eq, gt, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm'
import type { NoticeRecord, NoticeHistoryEntry } from '../../src/domain/notice'
import type { NoticeSummary } from '../../src/domain/api-contract'
import { lastEditedAt, noticeState } from '../../src/domain/notice'
import type { Queryable } from '../db/database'
import { noticeHistory, notices } from '../db/schema'
import { afterKey, cursorTime, decodeCursor, encodeCursor, keysetPage, readKeyset } from './cursor'

type NoticeRow = typeof notices.$inferSelect
type HistoryRow = typeof noticeHistory.$inferSelect

const iso = (d: Date | null) => (d === null ? null : d.toISOString())
const date = (s: string | null) => (s === null ? null : new Date(s))

/** The fields a list row and a whole record share, as the API spells them. */
function sharedFields(row: ListRow) {
  return {
    id: row.id,
    category: row.category as NoticeRecord['category'],
    title: row.title,
    audience: row.audience,
    pinned: row.pinned,
    publishAt: iso(row.publishAt),
    expireAt: iso(row.expireAt),
    withdrawnAt: iso(row.withdrawnAt),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** A notice row as the domain's record, with `history` (empty when not loaded). */
export function toRecord(row: NoticeRow, history: HistoryRow[] = []): NoticeRecord {
  return {
    ...sharedFields(row),
    body: row.body,
    author: { id: row.authorId, name: row.authorName },
    createdAt: row.createdAt.toISOString(),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      by: { id: h.byId, name: h.byName },
      action: h.action as NoticeHistoryEntry['action'],
      changes: h.changes as NoticeHistoryEntry['changes'],
    })),
  }
}

function toRow(community: string, n: NoticeRecord): typeof notices.$inferInsert {
  return {
    id: n.id,
    community,
    category: n.category,
    title: n.title,
    body: n.body,
    audience: n.audience,
    pinned: n.pinned,
    publishAt: date(n.publishAt),
    expireAt: date(n.expireAt),
    withdrawnAt: date(n.withdrawnAt),
    authorId: n.author.id,
    authorName: n.author.name,
    createdAt: new Date(n.createdAt),
    updatedAt: new Date(n.updatedAt),
    editedAt: date(lastEditedAt(n)),
  }
}

const historyRow = (noticeId: string, h: NoticeHistoryEntry): typeof noticeHistory.$inferInsert => ({
  noticeId,
  at: new Date(h.at),
  byId: h.by.id,
  byName: h.by.name,
  action: h.action,
  changes: h.changes,
})

/** The community's notice with its history, or null; `lock` holds the row until the transaction ends. */
export async function loadNotice(
  db: Queryable,
  community: string,
  id: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<NoticeRecord | null> {
  const query = db
    .select()
    .from(notices)
    .where(and(eq(notices.community, community), eq(notices.id, id)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) return null
  const history = await db
    .select()
    .from(noticeHistory)
    .where(eq(noticeHistory.noticeId, id))
    .orderBy(asc(noticeHistory.seq))
  return toRecord(row, history)
}

export async function insertNotice(tx: Queryable, community: string, notice: NoticeRecord): Promise<void> {
  await tx.insert(notices).values(toRow(community, notice))
  if (notice.history.length > 0) {
    await tx.insert(noticeHistory).values(notice.history.map((h) => historyRow(notice.id, h)))
  }
}

/** Saves an edited record: its fields, and the history entries it has beyond `before`. */
export async function saveNotice(
  tx: Queryable,
  community: string,
  before: NoticeRecord,
  after: NoticeRecord,
): Promise<void> {
  const { id: _id, community: _c, createdAt: _created, ...fields } = toRow(community, after)
  await tx
    .update(notices)
    .set(fields)
    .where(and(eq(notices.community, community), eq(notices.id, after.id)))
  const added = after.history.slice(before.history.length)
  if (added.length > 0) await tx.insert(noticeHistory).values(added.map((h) => historyRow(after.id, h)))
}

/** What a list reads of a notice: everything but the body. */
const LIST_COLUMNS = {
  id: notices.id,
  category: notices.category,
  title: notices.title,
  audience: notices.audience,
  pinned: notices.pinned,
  publishAt: notices.publishAt,
  expireAt: notices.expireAt,
  withdrawnAt: notices.withdrawnAt,
  updatedAt: notices.updatedAt,
  editedAt: notices.editedAt,
}
type ListRow = { [K in keyof typeof LIST_COLUMNS]: NoticeRow[K] }

/** A list row as the API's summary, its state at `now`. */
export function toSummary(row: ListRow, now: Date): NoticeSummary {
  const fields = sharedFields(row)
  return { ...fields, editedAt: iso(row.editedAt), state: noticeState(fields, now) }
}

export interface NoticePage {
  rows: ListRow[]
  nextCursor: string | null
}

const live = (now: Date) => and(isNull(notices.withdrawnAt), isNotNull(notices.publishAt), lte(notices.publishAt, now))

/** Published at `now`: pinned first, then newest, by (pinned desc, publish_at desc, id). */
async function currentPage(db: Queryable, community: string, now: Date, after: SQL | undefined, limit: number) {
  return db
    .select(LIST_COLUMNS)
    .from(notices)
    .where(
      and(eq(notices.community, community), live(now), or(isNull(notices.expireAt), gt(notices.expireAt, now)), after),
    )
    .orderBy(desc(notices.pinned), desc(notices.publishAt), asc(notices.id))
    .limit(limit)
}

/** 往期 at `now`: expired, newest first, by (publish_at desc, id). */
async function pastPage(db: Queryable, community: string, now: Date, after: SQL | undefined, limit: number) {
  return db
    .select(LIST_COLUMNS)
    .from(notices)
    .where(and(eq(notices.community, community), live(now), lte(notices.expireAt, now), after))
    .orderBy(desc(notices.publishAt), asc(notices.id))
    .limit(limit)
}

const FEED_CURSOR = { s: 'string', t: 'string', i: 'string', p: 'boolean' } as const

const afterPublished = (t: Date, id: string) => afterKey(notices.publishAt, t, notices.id, id)

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
  const rows: ListRow[] = []
  let section: 'c' | 'p' = cursor?.s === 'p' ? 'p' : 'c'
  if (section === 'c') {
    const after =
      cursor && at
        ? cursor.p
          ? or(eq(notices.pinned, false), and(eq(notices.pinned, true), afterPublished(at, cursor.i)))
          : and(eq(notices.pinned, false), afterPublished(at, cursor.i))
        : undefined
    rows.push(...(await currentPage(db, community, now, after, limit + 1)))
    if (rows.length <= limit) section = 'p'
  }
  if (section === 'p' && rows.length <= limit) {
    const after = cursor?.s === 'p' && at ? afterPublished(at, cursor.i) : undefined
    const currentRows = rows.length
    rows.push(...(await pastPage(db, community, now, after, limit + 1 - currentRows)))
  }
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  if (rows.length <= limit || !last) return { rows: page, nextCursor: null }
  const expired = last.expireAt !== null && last.expireAt.getTime() <= now.getTime()
  const nextCursor = encodeCursor({
    s: expired ? 'p' : 'c',
    t: last.publishAt!.toISOString(),
    i: last.id,
    p: last.pinned,
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
  const after = cursor === 'first' ? undefined : afterKey(notices.updatedAt, cursor.at, notices.id, cursor.id)
  const rows = await db
    .select(LIST_COLUMNS)
    .from(notices)
    .where(
      and(
        eq(notices.community, community),
        or(isNotNull(notices.withdrawnAt), isNull(notices.publishAt), gt(notices.publishAt, now)),
        after,
      ),
    )
    .orderBy(desc(notices.updatedAt), asc(notices.id))
    .limit(limit + 1)
  const { page, nextCursor } = keysetPage(rows, limit, (row) => ({ at: row.updatedAt, id: row.id }))
  return { rows: page, nextCursor }
}

// Notices in the database: a notice row plus its history rows, read back as the domain's NoticeRecord; writes lock
// the row so concurrent edits apply one after the other. Lists: ./notice-lists.ts.
import { and, asc, eq } from 'drizzle-orm'
import type { NoticeRecord, NoticeHistoryEntry } from '../../src/domain/notice/schema'
import { lastEditedAt } from '../../src/domain/notice/lifecycle'
import type { Queryable } from '../db/database'
import { noticeHistory, notices } from '../db/schema'

type NoticeRow = typeof notices.$inferSelect
type HistoryRow = typeof noticeHistory.$inferSelect

const iso = (d: Date | null) => (d === null ? null : d.toISOString())
const date = (s: string | null) => (s === null ? null : new Date(s))

/** What a list reads of a notice: everything but the body. */
export const LIST_COLUMNS = {
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
export type ListRow = { [K in keyof typeof LIST_COLUMNS]: NoticeRow[K] }

/** The fields a list row and a whole record share, as the API spells them. */
export function sharedFields(row: ListRow) {
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

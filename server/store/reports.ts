// Reports in the database: a report row, its status events (the timeline, 评价 included) and its photos, read back as
// the domain's ReportRecord; a resident's own list pages newest first by keyset, a community's in the workers' queue
// order (src/domain/report-queue.ts) with the count of each group; report numbers from the per-community daily
// counter, and a report found by its number; whether its reporter has seen its latest change.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { chinaDay } from '../../src/domain/china-time'
import type { ReportRatingValue, ReportRecord, ReportTimelineEntry } from '../../src/domain/report'
import { formatReportNumber } from '../../src/domain/report-number'
import type { FactSubjectKind } from '../../src/domain/verified-facts'
import {
  REPORT_QUEUE_GROUPS,
  queueRank,
  type ReportQueueCounted,
  type ReportQueueGroup,
} from '../../src/domain/report-queue'
import type { Queryable } from '../db/database'
import { communities, reportCounters, reportEvents, reports } from '../db/schema'
import { afterKey, cursorTime, decodeCursor, encodeCursor, keysetPage, readKeyset } from './cursor'
import { photosOfReports } from './photos'

type ReportRow = typeof reports.$inferSelect
type EventRow = typeof reportEvents.$inferSelect

const toEntry = (e: EventRow): ReportTimelineEntry => ({
  status: e.status as ReportTimelineEntry['status'],
  at: e.at.toISOString(),
  reply: e.reply,
  by: e.byId && e.byName ? { id: e.byId, name: e.byName } : null,
  ...(e.rating ? { rating: { value: e.rating as ReportRatingValue, words: e.ratingWords } } : {}),
})

const eventRow = (reportId: string, e: ReportTimelineEntry): typeof reportEvents.$inferInsert => ({
  reportId,
  status: e.status,
  at: new Date(e.at),
  reply: e.reply,
  byId: e.by?.id ?? null,
  byName: e.by?.name ?? null,
  rating: e.rating?.value ?? null,
  ratingWords: e.rating?.words ?? null,
})

/** Full records for these rows (events and photos read in two queries for the lot). */
async function toRecords(db: Queryable, rows: ReportRow[]): Promise<ReportRecord[]> {
  const ids = rows.map((r) => r.id)
  const events = ids.length
    ? await db.select().from(reportEvents).where(inArray(reportEvents.reportId, ids)).orderBy(asc(reportEvents.seq))
    : []
  const photoRefs = await photosOfReports(db, ids)
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    ownerId: row.ownerId,
    category: row.category as ReportRecord['category'],
    description: row.description,
    place: row.place,
    ...(row.subjectKind && row.subjectId && row.subjectField
      ? { subject: { kind: row.subjectKind as FactSubjectKind, id: row.subjectId, field: row.subjectField } }
      : {}),
    status: row.status as ReportRecord['status'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    photos: photoRefs.get(row.id) ?? [],
    timeline: events.filter((e) => e.reportId === row.id).map(toEntry),
    ...(row.unread ? { unread: true } : {}),
  }))
}

/**
 * The next number of the community's reports made on `createdAt`'s China-time day. Call it in the transaction that
 * inserts the report: the upsert holds the counter row until commit, so concurrent creates (in any process) queue
 * there and get consecutive numbers, and a rolled-back create gives its number back.
 */
export async function nextReportNumber(tx: Queryable, community: string, createdAt: string): Promise<string> {
  const [row] = await tx
    .insert(reportCounters)
    .values({ communityId: community, day: chinaDay(createdAt), last: 1 })
    .onConflictDoUpdate({
      target: [reportCounters.communityId, reportCounters.day],
      set: { last: sql`${reportCounters.last} + 1` },
    })
    .returning({
      last: reportCounters.last,
      code: sql<string>`(SELECT ${communities.code} FROM ${communities} WHERE ${communities.id} = ${community})`,
    })
  return formatReportNumber(row.code, createdAt, row.last)
}

export async function insertReport(tx: Queryable, community: string, r: ReportRecord): Promise<void> {
  await tx.insert(reports).values({
    id: r.id,
    number: r.number,
    community,
    ownerId: r.ownerId,
    category: r.category,
    description: r.description,
    place: r.place,
    subjectKind: r.subject?.kind ?? null,
    subjectId: r.subject?.id ?? null,
    subjectField: r.subject?.field ?? null,
    status: r.status,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
  })
  await tx.insert(reportEvents).values(r.timeline.map((e) => eventRow(r.id, e)))
}

/** The community's report, or null; `lock` holds the row until the transaction ends. */
export async function loadReport(
  db: Queryable,
  community: string,
  id: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<ReportRecord | null> {
  const query = db
    .select()
    .from(reports)
    .where(and(eq(reports.community, community), eq(reports.id, id)))
  const [row] = lock ? await query.for('update') : await query
  return row ? (await toRecords(db, [row]))[0] : null
}

/** Saves an update: status, time, and the timeline entries beyond `before`. */
export async function saveReport(tx: Queryable, before: ReportRecord, after: ReportRecord): Promise<void> {
  await tx
    .update(reports)
    .set({ status: after.status, updatedAt: new Date(after.updatedAt) })
    .where(eq(reports.id, after.id))
  const added = after.timeline.slice(before.timeline.length)
  if (added.length > 0) await tx.insert(reportEvents).values(added.map((e) => eventRow(after.id, e)))
}

/** The report with this number (canonical spelling), if it is the community's and, given `ownerId`, theirs. */
export async function findReportByNumber(
  db: Queryable,
  community: string,
  ownerId: string | null,
  number: string,
): Promise<ReportRecord | null> {
  const rows = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.community, community),
        eq(reports.number, number),
        ownerId === null ? undefined : eq(reports.ownerId, ownerId),
      ),
    )
  return rows.length ? (await toRecords(db, rows))[0] : null
}

/** One page, newest first: a resident's own reports (`ownerId`), or all of the community's (null). */
export async function pageReports(
  db: Queryable,
  community: string,
  ownerId: string | null,
  cursorText: string | undefined,
  limit: number,
): Promise<{ reports: ReportRecord[]; nextCursor: string | null } | null> {
  const cursor = readKeyset(cursorText)
  if (cursor === null) return null
  const rows = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.community, community),
        ownerId === null ? undefined : eq(reports.ownerId, ownerId),
        cursor === 'first' ? undefined : afterKey(reports.createdAt, cursor.at, reports.id, cursor.id),
      ),
    )
    .orderBy(desc(reports.createdAt), asc(reports.id))
    .limit(limit + 1)
  const { page, nextCursor } = keysetPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }))
  return { reports: await toRecords(db, page), nextCursor }
}

const hasReply = sql`exists (select 1 from ${reportEvents} where ${reportEvents.reportId} = ${reports.id} and ${reportEvents.reply} is not null)`

/** Each queue group as a condition on a report row (the same rule as queueGroupOf, each one on its own). */
const GROUP_SQL: Record<ReportQueueGroup, SQL> = {
  revisit: sql`${reports.status} = 'revisit'`,
  new: sql`${reports.status} = 'submitted'`,
  unanswered: sql`(${reports.status} in ('accepted', 'in-progress') and not ${hasReply})`,
  other: sql`true`,
}

/** The row's queue rank (0 first), in the domain's group order. */
const rankSql = sql.join(
  [
    sql.raw('(case'),
    ...REPORT_QUEUE_GROUPS.map((g) => sql`when ${GROUP_SQL[g]} then ${sql.raw(String(queueRank(g)))}`),
    sql.raw('end)'),
  ],
  sql.raw(' '),
)

export type QueueCounts = Record<ReportQueueCounted, number>

/** How many of the community's reports are in each counted group. */
export async function queueCounts(db: Queryable, community: string): Promise<QueueCounts> {
  const count = (g: ReportQueueCounted) => sql<number>`(count(*) filter (where ${GROUP_SQL[g]}))::int`
  const [row] = await db
    .select({ revisit: count('revisit'), new: count('new'), unanswered: count('unanswered') })
    .from(reports)
    .where(eq(reports.community, community))
  return { revisit: Number(row.revisit), new: Number(row.new), unanswered: Number(row.unanswered) }
}

/** A queue cursor `{ g, t, i }` (rank, time, id) read back: absent (first page), the row it names, or null. */
function readQueueCursor(text: string | undefined): { rank: number; at: Date; id: string } | 'first' | null {
  if (text === undefined) return 'first'
  const cursor = decodeCursor(text, { g: 'string', t: 'string', i: 'string' })
  const at = cursor ? cursorTime(cursor.t) : null
  const rank = cursor ? Number(cursor.g) : NaN
  return cursor && at && Number.isInteger(rank) ? { rank, at, id: cursor.i } : null
}

/**
 * One page of the community's reports in the workers' queue order: by group (report-queue.ts), newest first within
 * one. A report that changes group between two pages may be seen twice or missed until the list is reloaded.
 */
export async function pageQueue(
  db: Queryable,
  community: string,
  cursorText: string | undefined,
  limit: number,
): Promise<{ reports: ReportRecord[]; nextCursor: string | null } | null> {
  const cursor = readQueueCursor(cursorText)
  if (cursor === null) return null
  const rows = await db
    .select({ row: reports, rank: sql<number>`${rankSql}`.mapWith(Number) })
    .from(reports)
    .where(
      and(
        eq(reports.community, community),
        cursor === 'first'
          ? undefined
          : sql`(${rankSql} > ${cursor.rank} or (${rankSql} = ${cursor.rank} and ${afterKey(reports.createdAt, cursor.at, reports.id, cursor.id)}))`,
      ),
    )
    .orderBy(rankSql, desc(reports.createdAt), asc(reports.id))
    .limit(limit + 1)
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ g: String(last.rank), t: last.row.createdAt.toISOString(), i: last.row.id })
      : null
  return {
    reports: await toRecords(
      db,
      page.map((r) => r.row),
    ),
    nextCursor,
  }
}

/** A worker's status change or reply: the report is unread for its reporter until they open it. */
export async function markReportUnread(tx: Queryable, id: string): Promise<void> {
  await tx.update(reports).set({ unread: true }).where(eq(reports.id, id))
}

/** The reporter opened their report: false when it is not theirs (or gone). Reading twice is fine. */
export async function markReportRead(db: Queryable, community: string, ownerId: string, id: string): Promise<boolean> {
  const found = await db
    .update(reports)
    .set({ unread: false })
    .where(and(eq(reports.community, community), eq(reports.ownerId, ownerId), eq(reports.id, id)))
    .returning({ id: reports.id })
  return found.length > 0
}

/** How many of a resident's reports are unread (on the owner index: a resident has few reports). */
export async function countUnreadReports(db: Queryable, community: string, ownerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(reports)
    .where(and(eq(reports.community, community), eq(reports.ownerId, ownerId), eq(reports.unread, true)))
  return Number(row?.n ?? 0)
}

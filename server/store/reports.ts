// Reports in the database: a report row, its status events (the timeline) and its photos, read back as the
// domain's ReportRecord; lists page newest first by keyset, a resident's own or a community's.
import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { ReportRecord, ReportTimelineEntry } from '../../src/domain/report'
import type { Queryable } from '../db/database'
import { reportEvents, reports } from '../db/schema'
import { afterKey, keysetPage, readKeyset } from './cursor'
import { photosOfReports } from './photos'

type ReportRow = typeof reports.$inferSelect
type EventRow = typeof reportEvents.$inferSelect

const toEntry = (e: EventRow): ReportTimelineEntry => ({
  status: e.status as ReportTimelineEntry['status'],
  at: e.at.toISOString(),
  reply: e.reply,
  by: e.byId && e.byName ? { id: e.byId, name: e.byName } : null,
})

const eventRow = (reportId: string, e: ReportTimelineEntry): typeof reportEvents.$inferInsert => ({
  reportId,
  status: e.status,
  at: new Date(e.at),
  reply: e.reply,
  byId: e.by?.id ?? null,
  byName: e.by?.name ?? null,
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
    ownerId: row.ownerId,
    category: row.category as ReportRecord['category'],
    description: row.description,
    place: row.place,
    status: row.status as ReportRecord['status'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    photos: photoRefs.get(row.id) ?? [],
    timeline: events.filter((e) => e.reportId === row.id).map(toEntry),
  }))
}

export async function insertReport(tx: Queryable, community: string, r: ReportRecord): Promise<void> {
  await tx.insert(reports).values({
    id: r.id,
    community,
    ownerId: r.ownerId,
    category: r.category,
    description: r.description,
    place: r.place,
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

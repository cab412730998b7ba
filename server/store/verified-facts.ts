// Verified facts in the database: a worker's verification is one appended row (never updated), a subject's current
// value is its newest row, and its history is every row newest first; rows come back with the evidence photo's check
// so only a passed photo is ever linked.
import { and, asc, desc, eq } from 'drizzle-orm'
import type { FactSubject, FactSubjectKind, VerifyMethod } from '../../src/domain/verified-facts'
import type { Queryable } from '../db/database'
import { photos, verifiedFacts } from '../db/schema'

/** One verification as stored (times as ISO text, `recheckBy` YYYY-MM-DD). */
export interface StoredFact {
  id: string
  community: string
  subject: FactSubject
  value: unknown
  method: VerifyMethod
  noticeTitle: string | null
  photoId: string | null
  /** The evidence photo's content check (null: no photo); only a 'passed' one is linked. */
  photoCheck: 'pending' | 'passed' | 'refused' | null
  worker: { id: string; name: string }
  verifiedAt: string
  recheckBy: string
}

export type NewFact = Omit<StoredFact, 'photoCheck'>

export async function insertFact(tx: Queryable, fact: NewFact): Promise<void> {
  await tx.insert(verifiedFacts).values({
    id: fact.id,
    community: fact.community,
    subjectKind: fact.subject.kind,
    subjectId: fact.subject.id,
    field: fact.subject.field,
    value: fact.value,
    method: fact.method,
    noticeTitle: fact.noticeTitle,
    photoId: fact.photoId,
    workerId: fact.worker.id,
    workerName: fact.worker.name,
    verifiedAt: new Date(fact.verifiedAt),
    recheckBy: fact.recheckBy,
  })
}

const columns = {
  row: verifiedFacts,
  photoCheck: photos.check,
}

type Row = { row: typeof verifiedFacts.$inferSelect; photoCheck: StoredFact['photoCheck'] | null }

const toFact = ({ row, photoCheck }: Row): StoredFact => ({
  id: row.id,
  community: row.community,
  subject: { kind: row.subjectKind as FactSubjectKind, id: row.subjectId, field: row.field },
  value: row.value ?? null,
  method: row.method as VerifyMethod,
  noticeTitle: row.noticeTitle,
  photoId: row.photoId,
  photoCheck: row.photoId ? (photoCheck ?? null) : null,
  worker: { id: row.workerId, name: row.workerName },
  verifiedAt: row.verifiedAt.toISOString(),
  recheckBy: row.recheckBy,
})

/** The current value of every subject of the community: each (kind, id, field)'s newest verification. */
export async function currentFacts(db: Queryable, community: string): Promise<StoredFact[]> {
  const rows = await db
    .selectDistinctOn([verifiedFacts.subjectKind, verifiedFacts.subjectId, verifiedFacts.field], columns)
    .from(verifiedFacts)
    .leftJoin(photos, eq(photos.id, verifiedFacts.photoId))
    .where(eq(verifiedFacts.community, community))
    .orderBy(
      asc(verifiedFacts.subjectKind),
      asc(verifiedFacts.subjectId),
      asc(verifiedFacts.field),
      desc(verifiedFacts.verifiedAt),
      desc(verifiedFacts.id),
    )
  return rows.map(toFact)
}

/** Every verification of one subject of the community, newest first. */
export async function factHistory(db: Queryable, community: string, subject: FactSubject): Promise<StoredFact[]> {
  const rows = await db
    .select(columns)
    .from(verifiedFacts)
    .leftJoin(photos, eq(photos.id, verifiedFacts.photoId))
    .where(
      and(
        eq(verifiedFacts.community, community),
        eq(verifiedFacts.subjectKind, subject.kind),
        eq(verifiedFacts.subjectId, subject.id),
        eq(verifiedFacts.field, subject.field),
      ),
    )
    .orderBy(desc(verifiedFacts.verifiedAt), desc(verifiedFacts.id))
  return rows.map(toFact)
}

// 订阅消息 in the database: residents' one-time subscriptions, the deliveries a change records against them (each
// subscription taken by one delivery, atomically), claiming due deliveries for sending (so two processes never send
// one), and settling each as sent, refused or failed (tried again later, a bounded number of times).
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm'
import type { MessageData } from '../../src/domain/subscription-data'
import type { Queryable } from '../db/database'
import { messageDeliveries, messageSubscriptions } from '../db/schema'

/** Sends tried per delivery before it gives up; the waits between them. */
export const MAX_DELIVERY_ATTEMPTS = 3
export const RETRY_BACKOFF_MS = [60_000, 5 * 60_000]
/** A claimed delivery whose sender vanished (a process stopped mid-send) is due again after this long. */
export const SENDING_LEASE_MS = 2 * 60_000
/** Open subscriptions one resident may hold per report (or for new notices): more taps add nothing. */
export const MAX_OPEN_SUBSCRIPTIONS = 10

/** A time as a raw-SQL parameter, the same on PGlite and node-postgres. */
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`

export type SubscriptionTarget = { scope: 'report'; reportId: string } | { scope: 'notice' }

export interface Subscriber {
  community: string
  subject: string
  openid: string
}

const targetWhere = (target: SubscriptionTarget) =>
  target.scope === 'report'
    ? eq(messageSubscriptions.reportId, target.reportId)
    : and(eq(messageSubscriptions.scope, 'notice'), isNull(messageSubscriptions.reportId))

async function openCount(db: Queryable, who: Subscriber, target: SubscriptionTarget): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(messageSubscriptions)
    .where(
      and(
        eq(messageSubscriptions.community, who.community),
        eq(messageSubscriptions.subject, who.subject),
        isNull(messageSubscriptions.usedAt),
        targetWhere(target),
      ),
    )
  return Number(row?.n ?? 0)
}

/** Adds one open subscription (one accepted tap), up to MAX_OPEN_SUBSCRIPTIONS; how many are open now. */
export async function addSubscription(
  db: Queryable,
  who: Subscriber,
  target: SubscriptionTarget,
  templateId: string,
  { id, now }: { id: string; now: Date },
): Promise<number> {
  const open = await openCount(db, who, target)
  if (open >= MAX_OPEN_SUBSCRIPTIONS) return open
  await db.insert(messageSubscriptions).values({
    id,
    ...who,
    templateId,
    scope: target.scope,
    reportId: target.scope === 'report' ? target.reportId : null,
    createdAt: now,
  })
  return open + 1
}

export interface NewDelivery {
  changeKey: string
  templateId: string
  page: string
  data: MessageData
}

/**
 * Takes the oldest open subscription of each resident (openid) among `candidates` and records one pending delivery
 * for it; the ids of the deliveries recorded. A subscription another transaction took first is skipped.
 */
async function takeAndRecord(
  db: Queryable,
  candidates: { id: string; openid: string }[],
  delivery: (subscriptionId: string) => NewDelivery,
  { newId, now }: { newId: () => string; now: Date },
): Promise<string[]> {
  const firstPerOpenid = new Map<string, string>()
  for (const c of candidates) if (!firstPerOpenid.has(c.openid)) firstPerOpenid.set(c.openid, c.id)
  if (firstPerOpenid.size === 0) return []
  const taken = await db
    .update(messageSubscriptions)
    .set({ usedAt: now })
    .where(and(inArray(messageSubscriptions.id, [...firstPerOpenid.values()]), isNull(messageSubscriptions.usedAt)))
    .returning({ id: messageSubscriptions.id })
  if (taken.length === 0) return []
  const rows = taken.map((t) => ({
    id: newId(),
    subscriptionId: t.id,
    ...delivery(t.id),
    status: 'pending' as const,
    nextAttemptAt: now,
    createdAt: now,
  }))
  const recorded = await db
    .insert(messageDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: messageDeliveries.id })
  return recorded.map((r) => r.id)
}

/** A report's change: one delivery per resident with an open subscription to it (of this template). */
export async function recordReportDeliveries(
  db: Queryable,
  reportId: string,
  message: NewDelivery,
  ids: { newId: () => string; now: Date },
): Promise<string[]> {
  const open = await db
    .select({ id: messageSubscriptions.id, openid: messageSubscriptions.openid })
    .from(messageSubscriptions)
    .where(
      and(
        eq(messageSubscriptions.reportId, reportId),
        eq(messageSubscriptions.templateId, message.templateId),
        isNull(messageSubscriptions.usedAt),
      ),
    )
    .orderBy(asc(messageSubscriptions.createdAt), asc(messageSubscriptions.id))
  return takeAndRecord(db, open, () => message, ids)
}

/** An open notice subscription and the newest notice published since it was made (and by `now`). */
export interface NoticeDue {
  subscriptionId: string
  openid: string
  noticeId: string
  title: string
  publishedAt: Date
  communityName: string
}

/**
 * Open notice subscriptions (of this template) that a notice published since they were made now answers: the newest
 * such notice this resident (openid) has not been sent yet, so a second tap waits for the next notice.
 */
export async function dueNoticeSubscriptions(db: Queryable, templateId: string, now: Date): Promise<NoticeDue[]> {
  const result = await db.execute(sql`
    SELECT s.id AS subscription_id, s.openid, n.id AS notice_id, n.title, n.published_at, c.name AS community_name
    FROM message_subscriptions s
    JOIN communities c ON c.id = s.community
    CROSS JOIN LATERAL (
      SELECT id, title, publish_at AS published_at FROM notices
      WHERE community = s.community AND withdrawn_at IS NULL
        AND publish_at IS NOT NULL AND publish_at >= s.created_at AND publish_at <= ${ts(now)}
        AND (expire_at IS NULL OR expire_at > ${ts(now)})
        AND NOT EXISTS (
          SELECT 1 FROM message_deliveries d JOIN message_subscriptions taken ON taken.id = d.subscription_id
          WHERE d.change_key = 'notice:' || notices.id AND taken.openid = s.openid)
      ORDER BY publish_at DESC, id LIMIT 1
    ) n
    WHERE s.scope = 'notice' AND s.used_at IS NULL AND s.template_id = ${templateId}
    ORDER BY s.created_at, s.id
    LIMIT 500`)
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows
  return rows.map((r) => ({
    subscriptionId: String(r.subscription_id),
    openid: String(r.openid),
    noticeId: String(r.notice_id),
    title: String(r.title),
    publishedAt: new Date(r.published_at as string | Date),
    communityName: String(r.community_name),
  }))
}

/** Records the deliveries of due notice subscriptions (one per resident and notice); their ids. */
export async function recordNoticeDeliveries(
  db: Queryable,
  due: NoticeDue[],
  message: (d: NoticeDue) => NewDelivery,
  ids: { newId: () => string; now: Date },
): Promise<string[]> {
  const byNotice = new Map<string, NoticeDue[]>()
  for (const d of due) byNotice.set(d.noticeId, [...(byNotice.get(d.noticeId) ?? []), d])
  const recorded: string[] = []
  for (const group of byNotice.values()) {
    const bySubscription = new Map(group.map((d) => [d.subscriptionId, d]))
    const candidates = group.map((d) => ({ id: d.subscriptionId, openid: d.openid }))
    recorded.push(...(await takeAndRecord(db, candidates, (id) => message(bySubscription.get(id)!), ids)))
  }
  return recorded
}

/** A delivery claimed for sending: what to send, to whom, and which attempt this is. */
export interface ClaimedDelivery {
  id: string
  openid: string
  templateId: string
  page: string
  data: MessageData
  attempts: number
}

/**
 * Claims due deliveries (pending, failed with a retry due, or a sender's lease run out) — all of them, or only `ids` —
 * for one attempt each: status 'sending' under a lease. A delivery another process claimed is skipped.
 */
export async function claimDeliveries(
  db: Queryable,
  now: Date,
  { ids, limit = 100 }: { ids?: string[]; limit?: number } = {},
): Promise<ClaimedDelivery[]> {
  if (ids && ids.length === 0) return []
  const only = ids ? sql`AND id IN (${sql.join(ids, sql`, `)})` : sql``
  const lease = new Date(now.getTime() + SENDING_LEASE_MS)
  const result = await db.execute(sql`
    UPDATE message_deliveries d SET status = 'sending', attempts = d.attempts + 1, next_attempt_at = ${ts(lease)}
    FROM message_subscriptions s
    WHERE s.id = d.subscription_id AND d.id IN (
      SELECT id FROM message_deliveries
      WHERE status IN ('pending', 'sending', 'failed') AND next_attempt_at <= ${ts(now)}
        AND attempts < ${MAX_DELIVERY_ATTEMPTS} ${only}
      ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING d.id, s.openid, d.template_id, d.page, d.data, d.attempts`)
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows
  return rows.map((r) => ({
    id: String(r.id),
    openid: String(r.openid),
    templateId: String(r.template_id),
    page: String(r.page),
    data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as MessageData,
    attempts: Number(r.attempts),
  }))
}

export type DeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'refused'; errcode: number | null; error: string }
  | { kind: 'failed'; errcode: number | null; error: string }

/** Settles one claimed attempt: sent; refused (for good); failed → due again after a backoff, or given up. */
export async function settleDelivery(
  db: Queryable,
  claimed: ClaimedDelivery,
  outcome: DeliveryOutcome,
  now: Date,
): Promise<void> {
  const mine = and(
    eq(messageDeliveries.id, claimed.id),
    eq(messageDeliveries.status, 'sending'),
    eq(messageDeliveries.attempts, claimed.attempts),
  )
  if (outcome.kind === 'sent') {
    await db.update(messageDeliveries).set({ status: 'sent', sentAt: now, nextAttemptAt: null }).where(mine)
    return
  }
  const retryIn = outcome.kind === 'failed' ? RETRY_BACKOFF_MS[claimed.attempts - 1] : undefined
  await db
    .update(messageDeliveries)
    .set({
      status: outcome.kind,
      lastErrcode: outcome.errcode,
      lastError: outcome.error.slice(0, 200),
      nextAttemptAt: retryIn === undefined ? null : new Date(now.getTime() + retryIn),
    })
    .where(mine)
}

/** Deliveries whose last sender vanished on their last allowed attempt: given up as failed. */
export async function abandonStaleDeliveries(db: Queryable, now: Date): Promise<number> {
  const gone = await db
    .update(messageDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lastError: 'sender stopped during the last attempt' })
    .where(
      and(
        eq(messageDeliveries.status, 'sending'),
        lte(messageDeliveries.nextAttemptAt, now),
        sql`${messageDeliveries.attempts} >= ${MAX_DELIVERY_ATTEMPTS}`,
      ),
    )
    .returning({ id: messageDeliveries.id })
  return gone.length
}

/** Removes every subscription of a resident (their deliveries go with them). */
export async function deleteSubjectSubscriptions(db: Queryable, subject: string): Promise<number> {
  const gone = await db
    .delete(messageSubscriptions)
    .where(eq(messageSubscriptions.subject, subject))
    .returning({ id: messageSubscriptions.id })
  return gone.length
}

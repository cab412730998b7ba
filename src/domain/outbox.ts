// The outbox: writes (publish, edit, pin or withdraw a notice; send a report) wait here until the server has
// acknowledged them. Pure rules: what is due, how a send attempt's outcome changes an entry, the backoff between
// retries and when to wake up for the next one.

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed'

export interface OutboxEntry<P = unknown> {
  /** Also the Idempotency-Key: the server turns a repeated key into the first result, never a second record. */
  key: string
  kind: string
  payload: P
  status: OutboxStatus
  attempts: number
  /** Epoch ms before which no retry is made. */
  nextAttemptAt: number
  /** Why it last failed, in words for the user (失败（原因）). */
  lastError: string | null
  /** What the server returned once sent (e.g. the created notice's id). */
  result: unknown
  /** Epoch ms when the server acknowledged it (entries sent before this field existed have none). */
  sentAt?: number
  /** A refusal's HTTP status and per-field messages, for the form that made the write. */
  refusal?: Refusal
  /** Who queued it (a worker's login): it goes out only under that account, never under whoever signs in next. */
  author?: string
}

export interface Refusal {
  status: number | null
  fields: Record<string, string>
}

/** A send attempt's outcome, as the transport classifies it. */
export type SendOutcome =
  | { kind: 'ok'; result: unknown }
  /** Offline, timeout, 5xx, malformed reply: the same key may be sent again later. */
  | { kind: 'retry'; reason: string }
  /** The server refused it for good (validation, permission): retrying cannot help. */
  | { kind: 'reject'; reason: string; refusal?: Refusal }

export const BACKOFF_BASE_MS = 2_000
export const BACKOFF_MAX_MS = 5 * 60_000

export function createEntry<P>(key: string, kind: string, payload: P, now: number, author?: string): OutboxEntry<P> {
  const entry: OutboxEntry<P> = {
    key,
    kind,
    payload,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    result: null,
  }
  return author ? { ...entry, author } : entry
}

/** Exponential backoff: 2 s, 4 s, 8 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1))
}

/**
 * After a restart, an entry left 'sending' may or may not have reached the server: send it again with the same
 * key (the server deduplicates), never drop it.
 */
export function recoverAfterRestart<P>(entries: readonly OutboxEntry<P>[]): OutboxEntry<P>[] {
  return entries.map((e) => (e.status === 'sending' ? { ...e, status: 'pending' } : e))
}

export function isDue(entry: OutboxEntry, now: number, force = false): boolean {
  return entry.status === 'pending' && (force || entry.nextAttemptAt <= now)
}

/** The next entry to send in a round that has already tried `tried` (entries queued meanwhile join the round). */
export function nextDue<P>(
  entries: readonly OutboxEntry<P>[],
  tried: ReadonlySet<string>,
  now: number,
  force: boolean,
) {
  return entries.find((e) => !tried.has(e.key) && isDue(e, now, force)) ?? null
}

/** When the earliest pending entry may be retried (at least `minWaitMs` from now), or null when none waits. */
export function nextWakeAt(entries: readonly OutboxEntry[], now: number, minWaitMs = 500): number | null {
  const pending = entries.filter((e) => e.status === 'pending')
  if (pending.length === 0) return null
  return Math.max(now + minWaitMs, Math.min(...pending.map((e) => e.nextAttemptAt)))
}

export function markSending<P>(entry: OutboxEntry<P>): OutboxEntry<P> {
  return { ...entry, status: 'sending', attempts: entry.attempts + 1 }
}

export function applyOutcome<P>(entry: OutboxEntry<P>, outcome: SendOutcome, now: number): OutboxEntry<P> {
  switch (outcome.kind) {
    case 'ok':
      return { ...entry, status: 'sent', lastError: null, result: outcome.result, sentAt: now }
    case 'retry':
      return { ...entry, status: 'pending', lastError: outcome.reason, nextAttemptAt: now + backoffMs(entry.attempts) }
    case 'reject':
      return { ...entry, status: 'failed', lastError: outcome.reason, refusal: outcome.refusal }
  }
}

/** How long an acknowledged entry stays in the list as 已发布 before it is dropped. */
export const KEEP_SENT_MS = 24 * 3600_000

/**
 * The entries to keep at `now`: everything not yet sent, and sent ones for a day, so that a worker sees 已发布 on the
 * next visit too but the list does not grow for ever (`keepMs` 0 drops every sent one). A sent entry without a time
 * counts as sent when last tried.
 */
export function withoutOldSent<P>(
  entries: readonly OutboxEntry<P>[],
  now: number,
  keepMs: number = KEEP_SENT_MS,
): OutboxEntry<P>[] {
  return entries.filter((e) => e.status !== 'sent' || (e.sentAt ?? e.nextAttemptAt) > now - keepMs)
}

/** The label a user sees for an entry: 待发送 / 发送中 / 已发布 (or `sentLabel`) / 失败（原因）. */
export function statusLabel(entry: OutboxEntry, sentLabel = '已发布'): string {
  switch (entry.status) {
    case 'pending':
      return entry.lastError ? `待发送（${entry.lastError}，将自动重试）` : '待发送'
    case 'sending':
      return '发送中'
    case 'sent':
      return sentLabel
    case 'failed':
      return `失败（${entry.lastError ?? '未知原因'}）`
  }
}

/** Storage gives back anything: keep only well-formed entries (a corrupted outbox must not crash the app). */
export function parseOutbox(value: unknown): OutboxEntry[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (e): e is OutboxEntry =>
      Boolean(e) &&
      typeof e === 'object' &&
      typeof (e as OutboxEntry).key === 'string' &&
      typeof (e as OutboxEntry).kind === 'string' &&
      ['pending', 'sending', 'sent', 'failed'].includes((e as OutboxEntry).status) &&
      typeof (e as OutboxEntry).attempts === 'number' &&
      typeof (e as OutboxEntry).nextAttemptAt === 'number',
  )
}

// The outbox at work, one for notices and one for reports: saves each write before sending it, sends due entries one
// at a time with their idempotency key, applies the outcome, tells subscribers after every change, keeps working in
// memory (with a warning) when storage fails, and — once watched — retries on the backoff timer and when the network
// comes back. A send that throws is classified here: a refusal that cannot change fails the entry, anything else retries.
import {
  applyOutcome,
  createEntry,
  markSending,
  nextDue,
  nextWakeAt,
  parseOutbox,
  recoverAfterRestart,
  withoutOldSent,
  KEEP_SENT_MS,
  type OutboxEntry,
  type SendOutcome,
} from '@/domain/outbox'
import { ApiRequestError, messageOf } from './api-client'
import { onNetworkBack } from './network'
import { randomId } from './random-id'
import { asStorage, storage, type KeyValueStore, type Storage } from './storage'

export interface OutboxOptions {
  storageKey: string
  /** Sends one entry; may throw (an ApiRequestError or a network failure) instead of returning an outcome. */
  send: (entry: OutboxEntry) => Promise<SendOutcome>
  store?: KeyValueStore | Storage
  now?: () => number
  newKey?: () => string
  /** Called when a write to storage fails: the entry is kept in memory; tell the user not to close the app. */
  onStorageFailure?: () => void
}

export interface Outbox {
  list(): readonly OutboxEntry[]
  /** True while memory holds changes storage does not (a write failed). */
  readonly unsaved: boolean
  /**
   * Queues a write (with `key`, or a new one; `author` marks whose it is); it is in storage (or memory) before any
   * attempt to send it.
   */
  enqueue<P>(kind: string, payload: P, key?: string, author?: string): OutboxEntry<P>
  /** Queues a write, tries to send it at once and gives it back as it then is (sent, pending with why, failed). */
  submit<P>(kind: string, payload: P, key?: string, author?: string): Promise<OutboxEntry<P>>
  /** Sends every due entry once; `force` ignores backoff (e.g. the network just came back). */
  flush(force?: boolean): Promise<void>
  /** Drops one entry (given up on, or taken back into its form); an entry being sent stays. */
  remove(key: string): void
  /** Drops every entry, one being sent too (删除我的全部数据: nothing of it may stay on the phone). */
  removeAll(): void
  /** Drops sent entries older than `keepMs` (a day by default; 0 drops them all); says whether any went. */
  clearSent(keepMs?: number): boolean
  /** Writes memory to storage again (after a failure); returns whether storage now holds everything. */
  saveNow(): boolean
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Retries on the backoff timer and when the network comes back; safe to call from every page. */
  watch(): void
}

/** How a request's error counts: a refusal that cannot change (400, 403, 409…) fails the entry; anything else retries. */
export function outcomeOfError(error: unknown): SendOutcome {
  if (error instanceof ApiRequestError && error.status === 401) {
    return { kind: 'retry', reason: '登录已过期，请重新登录' }
  }
  if (error instanceof ApiRequestError && !error.retryable) {
    return { kind: 'reject', reason: error.message, refusal: { status: error.status, fields: error.fields } }
  }
  return { kind: 'retry', reason: messageOf(error) }
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { storageKey, send, now = Date.now, newKey = randomId, onStorageFailure } = options
  const kept = asStorage(options.store ?? storage)
  const listeners = new Set<() => void>()
  let entries = recoverAfterRestart(kept.read(storageKey, parseOutbox))
  let flushing: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let watching = false

  const notify = () => listeners.forEach((listener) => listener())
  const persist = () => {
    if (!kept.write(storageKey, entries)) onStorageFailure?.()
  }
  const change = (next: OutboxEntry[]) => {
    entries = next
    persist()
    notify()
  }
  /** The latest state of entries being submitted: a subscriber may drop a sent entry before submit() reads it. */
  const submitted = new Map<string, OutboxEntry>()
  const replace = (entry: OutboxEntry) => {
    if (submitted.has(entry.key)) submitted.set(entry.key, entry)
    change(entries.map((e) => (e.key === entry.key ? entry : e)))
  }

  /** Runs again when the earliest pending entry's backoff has passed (only once watched). */
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = null
    const at = watching ? nextWakeAt(entries, now()) : null
    if (at !== null) timer = setTimeout(() => void outbox.flush(), at - now())
  }

  const sendDue = async (force: boolean) => {
    const tried = new Set<string>()
    for (let due = nextDue(entries, tried, now(), force); due; due = nextDue(entries, tried, now(), force)) {
      tried.add(due.key)
      const sending = markSending(due)
      replace(sending)
      let outcome: SendOutcome
      try {
        outcome = await send(sending)
      } catch (error) {
        outcome = outcomeOfError(error)
      }
      replace(applyOutcome(sending, outcome, now()))
    }
  }

  const outbox: Outbox = {
    list: () => entries,
    get unsaved() {
      return kept.unsaved(storageKey)
    },
    enqueue<P>(kind: string, payload: P, key = newKey(), author?: string) {
      const entry = createEntry(key, kind, payload, now(), author)
      change([...entries, entry])
      return entry
    },
    async submit<P>(kind: string, payload: P, key?: string, author?: string) {
      const entry = outbox.enqueue(kind, payload, key, author)
      submitted.set(entry.key, entry)
      try {
        await outbox.flush()
        return (submitted.get(entry.key) ?? entry) as OutboxEntry<P>
      } finally {
        submitted.delete(entry.key)
      }
    },
    flush(force = false) {
      flushing ??= sendDue(force).finally(() => {
        flushing = null
        schedule()
      })
      return flushing
    },
    remove(key) {
      change(entries.filter((e) => e.key !== key || e.status === 'sending'))
    },
    removeAll() {
      change([])
    },
    clearSent(keepMs = KEEP_SENT_MS) {
      const left = withoutOldSent(entries, now(), keepMs)
      if (left.length === entries.length) return false
      change(left)
      return true
    },
    saveNow() {
      persist()
      return !kept.unsaved(storageKey)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    watch() {
      if (watching) return
      watching = true
      onNetworkBack(() => void outbox.flush(true))
      schedule()
    },
  }
  return outbox
}

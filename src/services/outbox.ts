// Runs the outbox: saves each write before sending it, sends due entries one at a time with their idempotency key,
// applies the outcome, and keeps working in memory (with a warning) when storage fails.
import {
  applyOutcome,
  createEntry,
  isDue,
  markSending,
  parseOutbox,
  recoverAfterRestart,
  withoutOldSent,
  KEEP_SENT_MS,
  type OutboxEntry,
  type SendOutcome,
} from '@/domain/outbox'
import type { KeyValueStore } from './key-value-store'
import { randomId } from './random-id'

export interface OutboxTransport {
  send(entry: OutboxEntry): Promise<SendOutcome>
}

export interface OutboxOptions {
  storageKey?: string
  now?: () => number
  newKey?: () => string
  /** Called when a write to storage fails: the entry is kept in memory; tell the user not to close the app. */
  onStorageFailure?: () => void
}

export const OUTBOX_KEY = 'community.outbox.v1'

export class Outbox {
  private entries: OutboxEntry[]
  private flushing: Promise<void> | null = null
  private readonly storageKey: string
  private readonly now: () => number
  private readonly newKey: () => string
  /** True while memory holds changes storage does not (a write failed). */
  unsaved = false

  constructor(
    private readonly store: KeyValueStore,
    private readonly transport: OutboxTransport,
    private readonly options: OutboxOptions = {},
  ) {
    this.storageKey = options.storageKey ?? OUTBOX_KEY
    this.now = options.now ?? Date.now
    this.newKey = options.newKey ?? randomId
    this.entries = recoverAfterRestart(parseOutbox(store.read(this.storageKey)))
  }

  list(): readonly OutboxEntry[] {
    return this.entries
  }

  /** Writes memory to storage again (after a failure); returns whether storage now holds everything. */
  saveNow(): boolean {
    this.persist()
    return !this.unsaved
  }

  private persist(): void {
    try {
      this.store.write(this.storageKey, this.entries)
      this.unsaved = false
    } catch {
      this.unsaved = true
      this.options.onStorageFailure?.()
    }
  }

  private replace(entry: OutboxEntry): void {
    this.entries = this.entries.map((e) => (e.key === entry.key ? entry : e))
    this.persist()
  }

  /** Queues a write; it is in storage (or, if storage fails, in memory) before any attempt to send it. */
  enqueue<P>(kind: string, payload: P): OutboxEntry<P> {
    const entry = createEntry(this.newKey(), kind, payload, this.now())
    this.entries = [...this.entries, entry]
    this.persist()
    return entry
  }

  /** Sends every due entry once; `force` ignores backoff (e.g. the network just came back). */
  flush(force = false): Promise<void> {
    this.flushing ??= this.sendDue(force).finally(() => {
      this.flushing = null
    })
    return this.flushing
  }

  private async sendDue(force: boolean): Promise<void> {
    for (const due of this.entries.filter((e) => isDue(e, this.now(), force))) {
      const sending = markSending(due)
      this.replace(sending)
      let outcome: SendOutcome
      try {
        outcome = await this.transport.send(sending)
      } catch {
        outcome = { kind: 'retry', reason: '网络异常' }
      }
      this.replace(applyOutcome(sending, outcome, this.now()))
    }
  }

  /** Drops one entry the user gave up on (e.g. a 失败 one); an entry being sent stays. */
  remove(key: string): void {
    this.entries = this.entries.filter((e) => e.key !== key || e.status === 'sending')
    this.persist()
  }

  /**
   * Drops acknowledged entries older than `keepMs` (a day by default; 0 drops them all); writes storage only when
   * something went, and says whether anything did.
   */
  clearSent(keepMs: number = KEEP_SENT_MS): boolean {
    const kept = withoutOldSent(this.entries, this.now(), keepMs)
    if (kept.length === this.entries.length) return false
    this.entries = kept
    this.persist()
    return true
  }
}

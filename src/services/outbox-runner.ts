// An outbox at work for the pages: tells subscribers after every change, retries when the earliest backoff has passed,
// flushes when the network comes back (WeChat's network event; the browser's online event in H5), and turns a failed
// request into the outbox's retry / reject.
import Taro from '@tarojs/taro'
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'
import { ApiRequestError, messageOf } from './api-client'
import type { Outbox } from './outbox'

/** How a request's error counts: a refusal that cannot change (400, 403, 409…) fails the entry; anything else retries. */
export function outcomeOfError(error: unknown): SendOutcome {
  if (error instanceof ApiRequestError && error.status === 401) {
    return { kind: 'retry', reason: '登录已过期，请重新登录' }
  }
  if (error instanceof ApiRequestError && !error.retryable) return { kind: 'reject', reason: error.message }
  return { kind: 'retry', reason: messageOf(error) }
}

export class OutboxRunner {
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private watching = false

  constructor(readonly outbox: Outbox) {}

  list(): readonly OutboxEntry[] {
    return this.outbox.list()
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener())
  }

  /** Runs again when the earliest pending entry's backoff has passed. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const pending = this.outbox.list().filter((e) => e.status === 'pending')
    if (pending.length === 0) return
    const wait = Math.max(500, Math.min(...pending.map((e) => e.nextAttemptAt)) - Date.now())
    this.timer = setTimeout(() => void this.flush(), wait)
  }

  /** Sends what is due (`force`: everything pending, e.g. the network is back) and tells the subscribers. */
  async flush(force = false): Promise<void> {
    await this.outbox.flush(force)
    this.notify()
    this.schedule()
  }

  /** Queues a write (saved before any send) and tries to send it at once. */
  enqueue<P>(kind: string, payload: P): OutboxEntry<P> {
    const entry = this.outbox.enqueue(kind, payload)
    this.notify()
    void this.flush()
    return entry
  }

  remove(key: string): void {
    this.outbox.remove(key)
    this.notify()
  }

  /** Drops sent entries older than `keepMs` (see Outbox.clearSent); tells subscribers only when some went. */
  clearSent(keepMs?: number): void {
    if (this.outbox.clearSent(keepMs)) this.notify()
  }

  /** Flush whenever the network comes back; safe to call from every page that shows the outbox. */
  watchNetwork(): void {
    if (this.watching) return
    this.watching = true
    Taro.onNetworkStatusChange((res) => {
      if (res.isConnected) void this.flush(true)
    })
    if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
      window.addEventListener('online', () => void this.flush(true))
    }
    this.schedule()
  }
}

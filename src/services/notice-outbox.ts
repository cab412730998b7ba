// The app's one outbox (over device storage) and its transport: a 'publish-notice' entry is POST /api/notices with the
// entry's key as Idempotency-Key. Flushes when the network comes back, on a backoff timer and when a page asks.
import Taro from '@tarojs/taro'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER, noticeResponseSchema, type NoticeResponse } from '../domain/api-contract'
import type { NoticeCreateInput } from '../domain/notice'
import type { OutboxEntry, SendOutcome } from '../domain/outbox'
import { ApiRequestError, apiRequest, messageOf } from './api-client'
import { taroStore } from './key-value-store'
import { Outbox, type OutboxTransport } from './outbox'
import { workerSession } from './session'

export const PUBLISH_NOTICE = 'publish-notice'
export const STORAGE_WARNING = '存储空间不足：待发送内容只保存在内存中，请勿关闭小程序'

const parseNotice = (body: unknown): NoticeResponse | null => {
  const result = noticeResponseSchema.safeParse(body)
  return result.success ? result.data : null
}

/** Sends one entry and says what happened, in the outbox's terms. */
export async function sendEntry(entry: OutboxEntry, token: string | null): Promise<SendOutcome> {
  if (entry.kind !== PUBLISH_NOTICE) return { kind: 'reject', reason: '无法识别的待发送内容' }
  if (!token) return { kind: 'retry', reason: '请先登录工作人员账号' }
  try {
    const { notice } = await apiRequest({
      method: 'POST',
      path: API_PATHS.notices,
      data: entry.payload,
      token,
      headers: { [IDEMPOTENCY_KEY_HEADER]: entry.key },
      parse: parseNotice,
    })
    return { kind: 'ok', result: { id: notice.id, title: notice.title } }
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      // An expired sign-in: signing in again lets the same entry go through.
      return { kind: 'retry', reason: '登录已过期，请重新登录' }
    }
    if (error instanceof ApiRequestError && !error.retryable) return { kind: 'reject', reason: error.message }
    return { kind: 'retry', reason: messageOf(error) }
  }
}

export const noticeTransport: OutboxTransport = { send: (entry) => sendEntry(entry, workerSession()?.token ?? null) }

const listeners = new Set<() => void>()
let timer: ReturnType<typeof setTimeout> | null = null

export const noticeOutbox = new Outbox(taroStore, noticeTransport, {
  onStorageFailure: () => {
    Taro.showToast({ title: STORAGE_WARNING, icon: 'none', duration: 3000 })
  },
})

/** True while the outbox holds entries that storage could not save (shown as a line beside the toast). */
export const outboxUnsaved = (): boolean => noticeOutbox.unsaved

function notify(): void {
  listeners.forEach((listener) => listener())
}

/** Runs again when the earliest pending entry's backoff has passed. */
function schedule(): void {
  if (timer) clearTimeout(timer)
  timer = null
  const pending = noticeOutbox.list().filter((e) => e.status === 'pending')
  if (pending.length === 0) return
  const wait = Math.max(500, Math.min(...pending.map((e) => e.nextAttemptAt)) - Date.now())
  timer = setTimeout(() => void flushOutbox(), wait)
}

/** Sends what is due (`force`: everything pending, e.g. the network is back) and tells the pages. */
export async function flushOutbox(force = false): Promise<void> {
  await noticeOutbox.flush(force)
  noticeOutbox.clearSent()
  notify()
  schedule()
}

export function queueNotice(input: NoticeCreateInput): OutboxEntry {
  const entry = noticeOutbox.enqueue(PUBLISH_NOTICE, input)
  notify()
  void flushOutbox()
  return entry
}

/** Calls `listener` after every change to the outbox; returns the unsubscribe. */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

let watching = false
/** Flush when the network comes back (WeChat's network event; the browser's online event in H5). */
export function watchNetwork(): void {
  if (watching) return
  watching = true
  Taro.onNetworkStatusChange((res) => {
    if (res.isConnected) void flushOutbox(true)
  })
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    window.addEventListener('online', () => void flushOutbox(true))
  }
  schedule()
}

// The app's one outbox (over device storage) and its transport: a 'publish-notice' entry is POST /api/notices with the
// entry's key as Idempotency-Key. Flushes (OutboxRunner) when the network comes back, on a backoff timer and when a
// page asks.
import Taro from '@tarojs/taro'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER } from '@/domain/api-contract'
import { noticeResponseSchema } from '@/domain/notice/api'
import type { NoticeCreateInput } from '@/domain/notice/schema'
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'
import { parseOrNull } from '@/domain/validation'
import { apiRequest } from './api-client'
import { taroStore } from './key-value-store'
import { Outbox, type OutboxTransport } from './outbox'
import { OutboxRunner, outcomeOfError } from './outbox-runner'
import { workerSession } from './session'

export const PUBLISH_NOTICE = 'publish-notice'
export const STORAGE_WARNING = '存储空间不足：待发送内容只保存在内存中，请勿关闭小程序'

const parseNotice = parseOrNull(noticeResponseSchema)

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
    // An expired sign-in retries: signing in again lets the same entry go through.
    return outcomeOfError(error)
  }
}

export const noticeTransport: OutboxTransport = { send: (entry) => sendEntry(entry, workerSession()?.token ?? null) }

export const noticeOutbox = new Outbox(taroStore, noticeTransport, {
  onStorageFailure: () => {
    Taro.showToast({ title: STORAGE_WARNING, icon: 'none', duration: 3000 })
  },
})

/** Retries on the backoff timer and when the network comes back; tells the pages after every change. */
const runner = new OutboxRunner(noticeOutbox)

/** True while the outbox holds entries that storage could not save (shown as a line beside the toast). */
export const outboxUnsaved = (): boolean => noticeOutbox.unsaved

/** Sends what is due (`force`: everything pending, e.g. the network is back); 已发布 entries go after a day. */
export async function flushOutbox(force = false): Promise<void> {
  await runner.flush(force)
  runner.clearSent()
}

export function queueNotice(input: NoticeCreateInput): OutboxEntry {
  return runner.enqueue(PUBLISH_NOTICE, input)
}

/** Calls `listener` after every change to the outbox; returns the unsubscribe. */
export const subscribeOutbox = (listener: () => void): (() => void) => runner.subscribe(listener)

/** Flush when the network comes back (WeChat's network event; the browser's online event in H5). */
export const watchNetwork = (): void => runner.watchNetwork()

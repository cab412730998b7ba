// The notices' outbox: every write a worker makes to a notice waits here until the server has it — a new notice
// ('publish-notice': POST /api/notices) and any change to one ('change-notice': PATCH /api/notices/:id — an edit, pin,
// unpin, withdraw or republish), each sent with the entry's key as Idempotency-Key, so a change made offline survives
// a restart and goes once, like a new notice does.
import Taro from '@tarojs/taro'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER } from '@/domain/api-contract'
import { noticeResponseSchema, type NoticeResponse } from '@/domain/notice/api'
import type { NoticeCreateInput, NoticePatchInput } from '@/domain/notice/schema'
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'
import { apiRequest } from '@/services/api-client'
import { patchNotice } from './community-api'
import { createOutbox, type Outbox } from '@/services/create-outbox'
import { randomId } from '@/services/random-id'
import { workerSession } from './session'
import { STORAGE_KEYS, type KeyValueStore, type Storage } from '@/services/storage'

export const PUBLISH_NOTICE = 'publish-notice'
export const CHANGE_NOTICE = 'change-notice'
export const STORAGE_WARNING = '存储空间不足：待发送内容只保存在内存中，请勿关闭小程序'

/** What a change to a notice does, as the worker chose it. */
export type NoticeChangeKind = 'edit' | 'pin' | 'unpin' | 'withdraw' | 'republish'

/** A 'change-notice' entry's payload: the notice, its title (for the list) and the PATCH body. */
export interface NoticeChange {
  id: string
  title: string
  change: NoticeChangeKind
  patch: NoticePatchInput
}

const parseNotice = (body: unknown): NoticeResponse | null => {
  const result = noticeResponseSchema.safeParse(body)
  return result.success ? result.data : null
}

/** Why an entry waits while another worker is signed in on this phone. */
export const OTHER_AUTHOR = '由另一位工作人员录入：需其本人登录后发送'

/** Sends one entry; a failed request throws and the outbox classifies it. */
export async function sendNoticeEntry(entry: OutboxEntry): Promise<SendOutcome> {
  // A change is recorded under the account that sends it: one queued by a worker goes out only under their account.
  const signedIn = workerSession()
  if (entry.author && signedIn && signedIn.login && signedIn.login !== entry.author) {
    return { kind: 'retry', reason: OTHER_AUTHOR }
  }
  if (entry.kind === CHANGE_NOTICE) {
    const { id, patch } = entry.payload as NoticeChange
    const notice = await patchNotice(id, patch, entry.key)
    return { kind: 'ok', result: { id: notice.id, title: notice.title } }
  }
  if (entry.kind !== PUBLISH_NOTICE) return { kind: 'reject', reason: '无法识别的待发送内容' }
  // Not signed in (or expired): retried, so signing in again lets the same entry go through.
  const token = workerSession()?.token
  if (!token) return { kind: 'retry', reason: '请先登录工作人员账号' }
  const { notice } = await apiRequest({
    method: 'POST',
    path: API_PATHS.notices,
    data: entry.payload,
    token,
    headers: { [IDEMPOTENCY_KEY_HEADER]: entry.key },
    parse: parseNotice,
  })
  return { kind: 'ok', result: { id: notice.id, title: notice.title } }
}

/** The notices' outbox over `store` (the device's by default; a test's "restart" makes a second one). */
export function createNoticeOutbox(store?: KeyValueStore | Storage): Outbox {
  return createOutbox({
    storageKey: STORAGE_KEYS.noticeOutbox,
    send: sendNoticeEntry,
    store,
    onStorageFailure: () => {
      Taro.showToast({ title: STORAGE_WARNING, icon: 'none', duration: 3000 })
    },
  })
}

export const noticeOutbox = createNoticeOutbox()

/** A new idempotency key for one change (kept in an edit's draft, so a retry of the same edit reuses it). */
export const newChangeKey = (): string => `e-${randomId(12)}`

/** The signed-in worker's login, the author of what they queue. */
const author = (): string | undefined => workerSession()?.login ?? undefined

export const publishNotice = (input: NoticeCreateInput): Promise<OutboxEntry<NoticeCreateInput>> =>
  noticeOutbox.submit(PUBLISH_NOTICE, input, undefined, author())

export const changeNotice = (change: NoticeChange, key = newChangeKey()): Promise<OutboxEntry<NoticeChange>> =>
  noticeOutbox.submit(CHANGE_NOTICE, change, key, author())

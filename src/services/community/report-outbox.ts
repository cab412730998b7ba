// Reports waiting to be sent (小事快办): an outbox of its own in storage (photos make entries large; a full key must not
// hold back notices), each entry POST /api/reports with its key as Idempotency-Key, so a retry never makes a second report.
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'
import type { ReportCreateInput } from '@/domain/report'
import { sendReport } from './community-api'
import { createOutbox, type Outbox } from '@/services/create-outbox'
import { randomId } from '@/services/random-id'
import { STORAGE_KEYS, type KeyValueStore, type Storage } from '@/services/storage'

export const SEND_REPORT = 'send-report'
export const REPORT_STORAGE_WARNING = '存储空间不足：待发送的报告只保存在内存中，发出前请勿关闭'

/** What a sent entry's `result` holds: the new report's id and number (entries sent before numbers: no number). */
export interface SentReport {
  id: string
  number?: string
}

/** What the server gave a sent entry: the report's id (what 进度通知我 subscribes to) and number; nulls otherwise. */
export function sentReport(entry: OutboxEntry): { id: string | null; number: string | null } {
  const result = entry.status === 'sent' ? (entry.result as Partial<SentReport> | null) : null
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return { id: text(result?.id), number: text(result?.number) }
}

/** Sends one entry; a failed request throws and the outbox classifies it. */
export async function sendReportEntry(entry: OutboxEntry): Promise<SendOutcome> {
  if (entry.kind !== SEND_REPORT) return { kind: 'reject', reason: '无法识别的待发送内容' }
  const report = await sendReport(entry.payload as ReportCreateInput, entry.key)
  return { kind: 'ok', result: { id: report.id, number: report.number } satisfies SentReport }
}

export function createReportOutbox(store?: KeyValueStore | Storage, send = sendReportEntry): Outbox {
  return createOutbox({ storageKey: STORAGE_KEYS.reportOutbox, send, store })
}

export const reportOutbox = createReportOutbox()

/**
 * Queues a report (saved before any attempt) and tries to send it at once: the entry as it then is — sent (with its
 * number), pending (offline: sent when the network is back) or failed.
 */
export function submitReport(input: ReportCreateInput): {
  key: string
  result: Promise<OutboxEntry<ReportCreateInput>>
} {
  const key = randomId()
  return { key, result: reportOutbox.submit(SEND_REPORT, input, key) }
}

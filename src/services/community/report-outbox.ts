// Reports waiting to be sent (小事快办): an outbox of its own in storage (photos make entries large; a full key must not
// hold back notices), each entry POST /api/reports with its key as Idempotency-Key, so a retry never makes a second report.
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'
import type { ReportCreateInput } from '@/domain/report'
import { sendReport } from './community-api'
import { createOutbox, type Outbox } from '@/services/create-outbox'
import { STORAGE_KEYS, type KeyValueStore, type Storage } from '@/services/storage'

export const SEND_REPORT = 'send-report'
export const REPORT_STORAGE_WARNING = '存储空间不足：待发送的报告只保存在内存中，发出前请勿关闭'

/** Sends one entry; a failed request throws and the outbox classifies it. */
export async function sendReportEntry(entry: OutboxEntry): Promise<SendOutcome> {
  if (entry.kind !== SEND_REPORT) return { kind: 'reject', reason: '无法识别的待发送内容' }
  const report = await sendReport(entry.payload as ReportCreateInput, entry.key)
  return { kind: 'ok', result: { id: report.id } }
}

export function createReportOutbox(store?: KeyValueStore | Storage, send = sendReportEntry): Outbox {
  return createOutbox({ storageKey: STORAGE_KEYS.reportOutbox, send, store })
}

export const reportOutbox = createReportOutbox()

export function queueReport(input: ReportCreateInput): OutboxEntry<ReportCreateInput> {
  const entry = reportOutbox.enqueue(SEND_REPORT, input)
  void reportOutbox.flush()
  return entry
}

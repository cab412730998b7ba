// Reports waiting to be sent (小事快办): an outbox of its own in storage (photos make entries large; a full key must not
// hold back notices), each entry POST /api/reports with its key as Idempotency-Key, so a retry never makes a second report.
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'
import type { ReportCreateInput } from '@/domain/report'
import { sendReport } from './community-api'
import { taroStore, type KeyValueStore } from './key-value-store'
import { Outbox } from './outbox'
import { OutboxRunner, outcomeOfError } from './outbox-runner'

export const SEND_REPORT = 'send-report'
export const REPORT_OUTBOX_KEY = 'community.reports.outbox.v1'
export const REPORT_STORAGE_WARNING = '存储空间不足：待发送的报告只保存在内存中，发出前请勿关闭'

/** Sends one entry and says what happened, in the outbox's terms. */
export async function sendReportEntry(entry: OutboxEntry): Promise<SendOutcome> {
  if (entry.kind !== SEND_REPORT) return { kind: 'reject', reason: '无法识别的待发送内容' }
  try {
    const report = await sendReport(entry.payload as ReportCreateInput, entry.key)
    return { kind: 'ok', result: { id: report.id } }
  } catch (error) {
    return outcomeOfError(error)
  }
}

export function createReportOutbox(store: KeyValueStore, send = sendReportEntry): OutboxRunner {
  return new OutboxRunner(new Outbox(store, { send }, { storageKey: REPORT_OUTBOX_KEY }))
}

export const reportOutbox = createReportOutbox(taroStore)

export function queueReport(input: ReportCreateInput): OutboxEntry<ReportCreateInput> {
  return reportOutbox.enqueue(SEND_REPORT, input)
}

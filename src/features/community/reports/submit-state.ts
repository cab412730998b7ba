// What the resident is told after 提交, from the outbox entry as it is: sent (已提交 with its number), waiting
// (未联网，联网后自动提交 — never 已提交 before the server has it), or refused (the entry shows why under 我的报告).
import { statusLabel, type OutboxEntry } from '@/domain/outbox'
import { OFFLINE_MESSAGE } from '@/services/api-client'
import { sentReport } from '@/services/community/report-outbox'

export type SubmitState =
  | { key: string; state: 'sending' }
  | { key: string; state: 'queued'; words: string }
  | { key: string; state: 'sent'; number: string | null; reportId: string | null }
  | { key: string; state: 'failed'; words: string }

export const QUEUED_OFFLINE = '未联网，联网后自动提交'

/** An entry's line under 我的报告 while it is not the server's: the same honest words as the confirmation. */
export function pendingReportLabel(entry: OutboxEntry): string {
  const state = submitStateOf(entry)
  if (state.state === 'queued') return state.words
  if (state.state === 'sending') return '正在提交…'
  return statusLabel(entry, '已提交')
}

export function submitStateOf(entry: OutboxEntry): SubmitState {
  const { key } = entry
  switch (entry.status) {
    case 'sending':
      return { key, state: 'sending' }
    case 'sent': {
      const { id, number } = sentReport(entry)
      return { key, state: 'sent', number, reportId: id }
    }
    case 'failed':
      return { key, state: 'failed', words: `未能提交：${entry.lastError ?? '未知原因'}（见下方「我的报告」）` }
    case 'pending': {
      const offline = entry.lastError === null || entry.lastError === OFFLINE_MESSAGE
      const words = offline ? QUEUED_OFFLINE : `暂未提交（${entry.lastError}），会自动重试`
      return { key, state: 'queued', words }
    }
  }
}

// What the desk says about a write to a notice, in plain words: done (已发布 / 已撤回 …), waiting for the network
// (未联网，联网后自动发布 …), retrying for another reason, or refused — and how an outbox entry is titled in the list.
import type { NoticeCreateInput } from '@/domain/notice/schema'
import type { OutboxEntry } from '@/domain/outbox'
import { OFFLINE_MESSAGE } from '@/services/api-client'
import { CHANGE_NOTICE, type NoticeChange, type NoticeChangeKind } from '@/services/community/notice-outbox'

type Write = 'publish' | 'schedule' | NoticeChangeKind

/** The verb of each write: 发布, 撤回 … */
const VERBS: Record<Write, string> = {
  publish: '发布',
  schedule: '定时发布',
  edit: '保存修改',
  pin: '置顶',
  unpin: '取消置顶',
  withdraw: '撤回',
  republish: '重新发布',
}

const DONE: Record<Write, string> = {
  publish: '已发布',
  schedule: '已定时，到时自动发布',
  edit: '修改已保存',
  pin: '已置顶',
  unpin: '已取消置顶',
  withdraw: '已撤回',
  republish: '已重新发布',
}

function writeOf(entry: OutboxEntry): Write {
  if (entry.kind === CHANGE_NOTICE) return (entry.payload as NoticeChange).change
  return (entry.payload as NoticeCreateInput).mode === 'scheduled' ? 'schedule' : 'publish'
}

/** The title an entry has in 发送队列: the notice's, with what is being done to it unless it is a new one. */
export function entryTitle(entry: OutboxEntry): string {
  const { title } = entry.payload as { title?: string }
  const write = writeOf(entry)
  const name = title ?? '通知'
  return write === 'publish' || write === 'schedule' ? name : `${VERBS[write]}：${name}`
}

/** What 已发送 means for this entry in 发送队列 (已发布, 已保存, 已撤回 …). */
export function doneLabel(entry: OutboxEntry): string {
  const write = writeOf(entry)
  return write === 'edit' ? '已保存' : DONE[write]
}

/** The line the worker reads right after tapping: done, 未联网（will go later), retrying, or refused. */
export function entryNote(entry: OutboxEntry): string {
  const write = writeOf(entry)
  switch (entry.status) {
    case 'sent':
      return DONE[write]
    case 'failed':
      return `未能${VERBS[write]}：${entry.lastError ?? '未知原因'}`
    default:
      if (!entry.lastError || entry.lastError === OFFLINE_MESSAGE) return `未联网，联网后自动${VERBS[write]}`
      return `暂未${VERBS[write]}（${entry.lastError}），将自动重试`
  }
}

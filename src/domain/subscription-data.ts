// What each 订阅消息 says (server side): the data of one report progress message (number, status, reply or the
// status in words, time) and of one new-notice message, each value fitted to its keyword type's limit.
import { REPORT_STATUS_LABELS, type ReportStatus } from './report'
import {
  TEMPLATE_FIELDS,
  fitKeyword,
  keywordTime,
  type KeywordType,
  type MessageTemplate,
  type TemplateField,
  type TemplateKeys,
} from './subscription-messages'

/** What 回复摘要 says when a change has no reply: the new status in words. */
export const STATUS_SUMMARIES: Record<ReportStatus, string> = {
  submitted: '社区已收到您的反映',
  accepted: '社区已受理，正在安排处理',
  'in-progress': '工作人员正在处理',
  resolved: '已办结，可在小程序查看详情',
  revisit: '社区将回访，了解还有哪里没解决',
}

/** The data of a message: { key: { value } } as subscribeMessage.send takes it. */
export type MessageData = Record<string, { value: string }>

function dataOf<T extends MessageTemplate>(
  template: T,
  keys: TemplateKeys<T>,
  values: Record<TemplateField<T>, string>,
) {
  const fields = TEMPLATE_FIELDS[template] as Record<TemplateField<T>, { type: KeywordType }>
  const data: MessageData = {}
  for (const field of Object.keys(fields) as TemplateField<T>[]) {
    data[keys[field]] = { value: fitKeyword(fields[field].type, values[field]) }
  }
  return data
}

export interface ReportChange {
  /** The number residents quote (YWH-20261201-0042). */
  number: string
  status: ReportStatus
  reply: string | null
  at: string
}

/** The report template's data for one change: its number, the status, the reply (or the status in words), when. */
export function reportMessageData(keys: TemplateKeys<'report'>, change: ReportChange): MessageData {
  const reply = change.reply?.trim()
  return dataOf('report', keys, {
    number: change.number,
    status: REPORT_STATUS_LABELS[change.status],
    summary: reply ? reply : STATUS_SUMMARIES[change.status],
    time: keywordTime(change.at),
  })
}

/** The notice template's data: the title, the community that published it, when. */
export function noticeMessageData(
  keys: TemplateKeys<'notice'>,
  notice: { title: string; publisher: string; at: string },
): MessageData {
  return dataOf('notice', keys, { title: notice.title, publisher: notice.publisher, time: keywordTime(notice.at) })
}

// 订阅消息 with the server: which WeChat template ids it offers (asked once per run; null ids: not configured, so no
// button), and telling it which ids a resident accepted for a report's progress or for new 社区通知.
import { API_PATHS } from '@/domain/api-paths'
import {
  parseMessageTemplates,
  parseSubscriptionResponse,
  type MessageTemplatesResponse,
} from '@/domain/subscription-messages'
import { apiRequest } from '@/services/api-client'
import { residentToken } from './session'

const NONE: MessageTemplatesResponse = { report: null, notice: null }
let templates: Promise<MessageTemplatesResponse> | null = null

/** The template ids; none when the server cannot be asked (asked again next time). */
export function messageTemplates(): Promise<MessageTemplatesResponse> {
  templates ??= apiRequest({
    method: 'GET',
    path: API_PATHS.messageTemplates,
    parse: parseMessageTemplates,
  }).catch(() => {
    templates = null
    return NONE
  })
  return templates
}

/** The report template accepted for report `id`: one more progress message. How many are now waiting. */
export async function subscribeToReport(id: string, templateIds: string[]): Promise<number> {
  const { open } = await apiRequest({
    method: 'POST',
    path: API_PATHS.reportSubscriptions(id),
    data: { templateIds },
    token: await residentToken(),
    parse: parseSubscriptionResponse,
  })
  return open
}

/** The notice template accepted: the next new 社区通知 is sent to this resident. */
export async function subscribeToNotices(templateIds: string[]): Promise<number> {
  const { open } = await apiRequest({
    method: 'POST',
    path: API_PATHS.noticeSubscriptions,
    data: { templateIds },
    token: await residentToken(),
    parse: parseSubscriptionResponse,
  })
  return open
}

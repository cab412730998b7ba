// 订阅消息 (WeChat subscription messages): the two templates (report progress, new 社区通知), the fields each message
// fills and WeChat's limits on them (thing ≤ 20 characters, phrase ≤ 5 汉字, character_string ≤ 32, time), and the
// answers that tell the app the template ids (read without zod, so any page may use them).
// What each message says: subscription-data.ts; the request body's schema: subscription-api.ts.

/** The templates this app sends; which WeChat template id each is comes from the server's configuration. */
export const MESSAGE_TEMPLATES = ['report', 'notice'] as const
export type MessageTemplate = (typeof MESSAGE_TEMPLATES)[number]

/** WeChat's keyword types this app uses, with the most characters each takes. */
export const KEYWORD_LIMITS = { thing: 20, phrase: 5, character_string: 32, time: 32 } as const
export type KeywordType = keyof typeof KEYWORD_LIMITS

/** The fields of each template: what the message says in each keyword, and the keyword type it must have. */
export const TEMPLATE_FIELDS = {
  report: {
    number: { keyword: '反映编号', type: 'character_string', defaultKey: 'character_string1' },
    status: { keyword: '办理状态', type: 'phrase', defaultKey: 'phrase2' },
    summary: { keyword: '回复摘要', type: 'thing', defaultKey: 'thing3' },
    time: { keyword: '更新时间', type: 'time', defaultKey: 'time4' },
  },
  notice: {
    title: { keyword: '通知标题', type: 'thing', defaultKey: 'thing1' },
    publisher: { keyword: '发布单位', type: 'thing', defaultKey: 'thing2' },
    time: { keyword: '发布时间', type: 'time', defaultKey: 'time3' },
  },
} as const satisfies Record<MessageTemplate, Record<string, { keyword: string; type: KeywordType; defaultKey: string }>>

export type TemplateField<T extends MessageTemplate> = keyof (typeof TEMPLATE_FIELDS)[T]
/** The data key (e.g. thing3) of each field, as the template in 公众平台 numbers its keywords. */
export type TemplateKeys<T extends MessageTemplate> = Record<TemplateField<T>, string>

export const defaultTemplateKeys = <T extends MessageTemplate>(template: T): TemplateKeys<T> =>
  Object.fromEntries(
    Object.entries(TEMPLATE_FIELDS[template]).map(([field, f]) => [field, f.defaultKey]),
  ) as TemplateKeys<T>

/** WeChat refuses a value longer than its type allows (47003): cut to the limit, with … when cut. */
export function fitKeyword(type: KeywordType, value: string): string {
  const text = value.replace(/\s+/g, ' ').trim()
  const chars = [...text]
  const limit = KEYWORD_LIMITS[type]
  if (type === 'character_string')
    return chars
      .filter((c) => /[\x21-\x7e]/.test(c))
      .slice(0, limit)
      .join('')
  if (type === 'phrase')
    return chars
      .filter((c) => /[\u4e00-\u9fff]/.test(c))
      .slice(0, limit)
      .join('')
  if (chars.length <= limit) return text
  return `${chars.slice(0, limit - 1).join('')}…`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A time keyword in China time as WeChat's documentation writes it: 2026年5月1日 09:00. */
export function keywordTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** GET /api/message-templates: the template ids the app may ask for; null: not configured (no button). */
export interface MessageTemplatesResponse {
  report: string | null
  notice: string | null
}

const idOrNull = (v: unknown) => v === null || (typeof v === 'string' && v.length > 0)

/** The templates answer as the app reads it. */
export function parseMessageTemplates(body: unknown): MessageTemplatesResponse | null {
  const b = body as Partial<Record<string, unknown>> | null
  if (!b || typeof b !== 'object' || !idOrNull(b.report) || !idOrNull(b.notice)) return null
  return { report: b.report as string | null, notice: b.notice as string | null }
}

/** 201 of a subscription: how many one-time subscriptions are now waiting for this report (or for new notices). */
export interface SubscriptionResponse {
  open: number
}

export function parseSubscriptionResponse(body: unknown): SubscriptionResponse | null {
  const open = (body as { open?: unknown } | null)?.open
  return typeof open === 'number' && Number.isInteger(open) && open >= 0 ? { open } : null
}

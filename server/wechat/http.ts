// The two ways the server calls WeChat's server API (base URL from configuration): a GET or a JSON POST, with a
// timeout, the reply read as JSON and any errcode turned into a WechatError. The URL (AppSecret, access token in its
// query) never reaches an error message or a log line.
import { WechatError, failureOf } from './errors'

export const WECHAT_TIMEOUT_MS = 5000

export interface WechatReply {
  errcode?: number
  errmsg?: string
  [key: string]: unknown
}

export interface WechatCall {
  base: string
  /** The API's path, e.g. /sns/jscode2session: what errors and logs name. */
  api: string
  query?: Record<string, string>
  /** Sent as JSON with POST; absent: GET. */
  body?: unknown
  timeoutMs?: number
}

/** Calls WeChat and returns its JSON reply when errcode is 0 or absent; throws a WechatError otherwise. */
export async function callWechat({ base, api, query = {}, body, timeoutMs = WECHAT_TIMEOUT_MS }: WechatCall) {
  const url = `${base}${api}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`
  let reply: WechatReply
  try {
    const response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
    // WeChat answers JSON with a text/plain content type on some APIs: parse the text whatever the header says.
    const parsed: unknown = JSON.parse(await response.text())
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object')
    reply = parsed as WechatReply
  } catch {
    // Whatever fetch said may quote the URL: keep only which API failed.
    throw new WechatError('unreachable', api)
  }
  const errcode = typeof reply.errcode === 'number' ? reply.errcode : 0
  if (errcode !== 0) {
    throw new WechatError(failureOf(errcode), api, errcode, typeof reply.errmsg === 'string' ? reply.errmsg : null)
  }
  return reply
}

// The API over Taro.request: API_BASE prefix, bearer token, statusCode checked (Taro calls success for any status),
// the body parsed by the caller's parser, and every failure turned into an ApiRequestError with a Chinese message
// that says whether trying again later can help (network, timeout, 5xx, malformed reply) or not (400/401/403/409…);
// a mini-program's own refusals (domain not in the 服务器域名 list, TLS / certificate failures) are named as such.
import Taro from '@tarojs/taro'

export class ApiRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when no answer came (offline, timeout). */
    readonly status: number | null,
    /** True when the same request may succeed later unchanged. */
    readonly retryable: boolean,
    /** Per-field messages from a 400. */
    readonly fields: Record<string, string> = {},
    /** The server's machine-readable reason (`code` in the error body), when it gave one. */
    readonly code: string | null = null,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}

export const OFFLINE_MESSAGE = '网络不可用，请检查网络'
export const TIMEOUT_MESSAGE = '请求超时，请稍后重试'
export const SERVER_MESSAGE = '服务器暂时不可用，请稍后重试'
export const MALFORMED_MESSAGE = '服务器返回的数据有误，请稍后重试'
export const DOMAIN_MESSAGE = '无法连接服务器：服务器域名未在小程序后台配置，请联系社区'
export const TLS_MESSAGE = '无法建立安全连接（服务器证书问题），请稍后重试或联系社区'

/** What each status means when the server did not say it better itself. */
const STATUS_MESSAGES: Record<number, string> = {
  400: '提交的内容有误，请检查后再试',
  401: '请先登录，或登录已过期',
  403: '没有权限：只有社区工作人员可以这样做',
  404: '内容不存在或已删除',
  409: '内容已被修改，请刷新后再试',
  413: '提交的内容太大',
  429: '尝试次数过多，请稍后再试',
}

export interface ApiRequest<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  data?: unknown
  token?: string | null
  headers?: Record<string, string>
  /** The body as T, or null when it is not what the contract says. */
  parse: (body: unknown) => T | null
  timeoutMs?: number
  /**
   * The caller keeps its own copy and shows it with 更新于 when no answer comes: an answer from the H5 service worker's
   * offline cache (X-Offline-Copy) then counts as no answer, so that copy and its time are shown, not a stale "fresh" one.
   */
  keptCopy?: boolean
}

function serverError(body: unknown): { error?: string; fields?: Record<string, string>; code: string | null } {
  if (!body || typeof body !== 'object') return { code: null }
  const { error, fields, code } = body as { error?: unknown; fields?: unknown; code?: unknown }
  const safeFields =
    fields && typeof fields === 'object'
      ? Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {}
  return {
    error: typeof error === 'string' && error ? error : undefined,
    fields: safeFields,
    code: typeof code === 'string' ? code : null,
  }
}

/** Maps a reply's status and body to the error to throw (or null for 2xx). Exported for tests. */
export function errorForStatus(status: number, body: unknown): ApiRequestError | null {
  if (status >= 200 && status < 300) return null
  const { error, fields, code } = serverError(body)
  if (status >= 500) return new ApiRequestError(SERVER_MESSAGE, status, true, {}, code)
  const fallback = STATUS_MESSAGES[status] ?? `请求失败（${status}）`
  // A 403's message comes from us: the server's words are for developers ("需要工作人员身份").
  const message = status === 403 ? fallback : (error ?? fallback)
  return new ApiRequestError(message, status, false, fields, code)
}

/**
 * WeChat's words for a URL whose domain is not in the mini-program's 服务器域名 list: `request:fail url not in domain
 * list` (errno 600002), the console's「… 不在以下 request 合法域名列表中」, older clients'「URL 域名不合法」.
 */
const DOMAIN_NOT_ALLOWED = /not in domain list|合法域名|域名不合法|domain list/i

/**
 * TLS and certificate failures: Chromium's net errors as WeChat relays them (`request:fail -202:net::ERR_CERT_AUTHORITY_
 * INVALID`, `errcode:-202 cronet error code:-202`, -200…-299 are certificate errors, ERR_SSL_* the handshake), iOS's
 * 「此服务器的证书无效」, `ssl hand shake error`, `小程序要求的 TLS 版本必须大于等于 1.2`.
 */
const TLS_FAILURE = /ERR_CERT_|ERR_SSL_|\bssl\b|\btls\b|certificate|证书|(?:fail |errcode:|error code:)\s*-2\d\d\b/i

/** What a request that got no answer means, from the platform's errMsg. */
export function failureMessage(errMsg: string): string {
  if (DOMAIN_NOT_ALLOWED.test(errMsg)) return DOMAIN_MESSAGE
  if (TLS_FAILURE.test(errMsg)) return TLS_MESSAGE
  return /timeout|超时|timed out/i.test(errMsg) ? TIMEOUT_MESSAGE : OFFLINE_MESSAGE
}

/**
 * The error for a request that got no answer (Taro.request / uploadFile fail, fetch rejected). Retryable: a report or
 * notice in an outbox stays 待发送 and goes once the network, the domain list or the certificate is fixed.
 */
export function noAnswerError(error: unknown): ApiRequestError {
  const errMsg = error && typeof error === 'object' && 'errMsg' in error ? String(error.errMsg) : String(error)
  return new ApiRequestError(failureMessage(errMsg), null, true)
}

/** A reply's body as JSON: mini-program uploads and some servers hand back a string. undefined: not JSON. */
export function jsonBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return data ? JSON.parse(data) : null
  } catch {
    return undefined
  }
}

const unauthorized = new Set<(token: string) => void>()

/** Calls `listener` with the token of each request the server answered 401 (that session has ended); unsubscribes. */
export function onUnauthorized(listener: (token: string) => void): () => void {
  unauthorized.add(listener)
  return () => unauthorized.delete(listener)
}

export async function apiRequest<T>(req: ApiRequest<T>): Promise<T> {
  const header: Record<string, string> = { 'Content-Type': 'application/json', ...req.headers }
  if (req.token) header.Authorization = `Bearer ${req.token}`
  let response: Taro.request.SuccessCallbackResult<Record<string, unknown> | string>
  try {
    response = await Taro.request<Record<string, unknown> | string>({
      url: `${API_BASE}${req.path}`,
      method: req.method,
      data: req.data as Taro.request.Option['data'],
      header,
      dataType: 'json',
      timeout: req.timeoutMs ?? 15_000,
    })
  } catch (error) {
    throw noAnswerError(error)
  }
  if (req.keptCopy && response.header?.['x-offline-copy']) throw new ApiRequestError(OFFLINE_MESSAGE, null, true)
  const body = jsonBody(response.data)
  const failure = errorForStatus(response.statusCode, body)
  if (failure?.status === 401 && req.token) unauthorized.forEach((listener) => listener(req.token!))
  if (failure) throw failure
  const parsed = req.parse(body)
  if (parsed === null) throw new ApiRequestError(MALFORMED_MESSAGE, response.statusCode, true)
  return parsed
}

/** The message to show for anything a request threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : '出了点问题，请稍后重试'
}

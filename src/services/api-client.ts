// The API over Taro.request: API_BASE prefix, bearer token, statusCode checked (Taro calls success for any status),
// the body parsed by the caller's parser, and every failure turned into an ApiRequestError with a Chinese message
// that says whether trying again later can help (network, timeout, 5xx, malformed reply) or not (400/401/403/409…).
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
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}

export const OFFLINE_MESSAGE = '网络不可用，请检查网络'
export const TIMEOUT_MESSAGE = '请求超时，请稍后重试'
export const SERVER_MESSAGE = '服务器暂时不可用，请稍后重试'
export const MALFORMED_MESSAGE = '服务器返回的数据有误，请稍后重试'

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
}

function serverError(body: unknown): { error?: string; fields?: Record<string, string> } {
  if (!body || typeof body !== 'object') return {}
  const { error, fields } = body as { error?: unknown; fields?: unknown }
  const safeFields =
    fields && typeof fields === 'object'
      ? Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {}
  return { error: typeof error === 'string' && error ? error : undefined, fields: safeFields }
}

/** Maps a reply's status and body to the error to throw (or null for 2xx). Exported for tests. */
export function errorForStatus(status: number, body: unknown): ApiRequestError | null {
  if (status >= 200 && status < 300) return null
  if (status >= 500) return new ApiRequestError(SERVER_MESSAGE, status, true)
  const { error, fields } = serverError(body)
  const fallback = STATUS_MESSAGES[status] ?? `请求失败（${status}）`
  // A 403's message comes from us: the server's words are for developers ("需要工作人员身份").
  const message = status === 403 ? fallback : (error ?? fallback)
  return new ApiRequestError(message, status, false, fields)
}

function failureMessage(errMsg: string): string {
  return /timeout|超时/i.test(errMsg) ? TIMEOUT_MESSAGE : OFFLINE_MESSAGE
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
    const errMsg = error && typeof error === 'object' && 'errMsg' in error ? String(error.errMsg) : String(error)
    throw new ApiRequestError(failureMessage(errMsg), null, true)
  }
  let body: unknown = response.data
  if (typeof body === 'string') {
    try {
      body = body ? JSON.parse(body) : null
    } catch {
      body = undefined
    }
  }
  const failure = errorForStatus(response.statusCode, body)
  if (failure) throw failure
  const parsed = req.parse(body)
  if (parsed === null) throw new ApiRequestError(MALFORMED_MESSAGE, response.statusCode, true)
  return parsed
}

/** The message to show for anything a request threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : '出了点问题，请稍后重试'
}

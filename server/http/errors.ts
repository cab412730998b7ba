// The error body every failure answers ({ error, fields? }, plain Chinese), and which thrown errors mean "the database
// cannot be reached" (503, try again) rather than a bug (500).
import type { Response } from 'express'
import type { ApiError } from '../../src/domain/validation'

export function sendError(res: Response, status: number, body: ApiError): void {
  res.status(status).json(body)
}

/** 429 with Retry-After and a message saying when to try again. */
export function sendTooMany(res: Response, message: (wait: string) => string, retryAfterMs: number): void {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const wait =
    seconds < 60
      ? `${seconds} 秒`
      : seconds < 3600
        ? `${Math.ceil(seconds / 60)} 分钟`
        : `${Math.ceil(seconds / 3600)} 小时`
  res.set('Retry-After', String(seconds))
  sendError(res, 429, { error: message(wait) })
}

export const DATABASE_UNAVAILABLE = '服务暂时不可用：数据库无法连接，请稍后再试'

// node-postgres connection failures, and PostgreSQL's "cannot connect now / admin shutdown / connection" classes.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
])
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed|Cannot use a pool after calling end/i

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true
    e = cause
  }
  return false
}

// Small helpers every handler uses: the error body, validating a body with the domain's zod schemas (400 with field
// messages), the token checks (401 / 403), the Idempotency-Key header and a stable hash of a body.
import crypto from 'node:crypto'
import type { Request, Response } from 'express'
import type { z } from 'zod'
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeySchema, type Role } from '../src/domain/api-contract'
import { validate, type ApiError } from '../src/domain/validation'
import { authenticate } from './auth'
import type { ApiContext } from './context'
import type { SessionRecord } from './store'

export function sendError(res: Response, status: number, body: ApiError): void {
  res.status(status).json(body)
}

/** The validated body, or null after answering 400 with a message per field. */
export function parseBody<S extends z.ZodTypeAny>(req: Request, res: Response, schema: S): z.output<S> | null {
  const result = validate(schema, req.body)
  if (result.ok) return result.data
  sendError(res, 400, result.error)
  return null
}

const UNAUTHORIZED: Record<'missing' | 'invalid' | 'expired', string> = {
  missing: '请先登录',
  invalid: '登录已失效，请重新登录',
  expired: '登录已过期，请重新登录',
}

export const WORKERS_ONLY = '只有社区工作人员可以这样做'

/** The caller's session, or null after answering 401 (no / bad / expired token) or 403 (a resident on a worker route). */
export function requireSession(req: Request, res: Response, ctx: ApiContext, role?: Role): SessionRecord | null {
  const auth = authenticate(req, ctx.store.read().sessions, ctx.now())
  if (auth.kind !== 'ok') {
    res.set(
      'WWW-Authenticate',
      `Bearer realm="api", error="${auth.kind === 'missing' ? 'missing_token' : 'invalid_token'}"`,
    )
    sendError(res, 401, { error: UNAUTHORIZED[auth.kind] })
    return null
  }
  if (role && auth.session.role !== role) {
    sendError(res, 403, { error: role === 'worker' ? WORKERS_ONLY : '没有权限' })
    return null
  }
  return auth.session
}

/** The caller's session if a valid token came with a public read; anything else reads as the public. */
export function optionalSession(req: Request, ctx: ApiContext): SessionRecord | null {
  const auth = authenticate(req, ctx.store.read().sessions, ctx.now())
  return auth.kind === 'ok' ? auth.session : null
}

/**
 * The Idempotency-Key header: the key; undefined when absent and optional; null after answering 400 (missing when
 * required, or malformed).
 */
export function idempotencyKey(req: Request, res: Response, required: boolean): string | null | undefined {
  const raw = req.get(IDEMPOTENCY_KEY_HEADER)
  if (raw === undefined && !required) return undefined
  const result = validate(idempotencyKeySchema, raw)
  if (result.ok) return result.data
  const message = result.error.error
  sendError(res, 400, { error: message, fields: { [IDEMPOTENCY_KEY_HEADER]: message } })
  return null
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export const bodyHash = (value: unknown) => crypto.createHash('sha256').update(canonicalJson(value)).digest('hex')

/** The address failed sign-ins are counted against (the socket's; proxies' headers are not trusted). */
export const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown'

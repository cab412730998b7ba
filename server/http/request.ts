// What handlers read from a request: the validated body (400 with at most 10 field messages), the Idempotency-Key
// header, a stable hash of a body, and the page parameters (cursor, limit).
import crypto from 'node:crypto'
import type { Request, Response } from 'express'
import type { z } from 'zod'
import { IDEMPOTENCY_KEY_HEADER, PAGE_SIZE, PAGE_SIZE_MAX, idempotencyKeySchema } from '../../src/domain/api-contract'
import { validate } from '../../src/domain/validation'
import { sendError } from './errors'

/** The validated body, or null after answering 400 with a message per field. */
export function parseBody<S extends z.ZodTypeAny>(req: Request, res: Response, schema: S): z.output<S> | null {
  const result = validate(schema, req.body)
  if (result.ok) return result.data
  sendError(res, 400, result.error)
  return null
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

export interface PageQuery {
  cursor: string | undefined
  limit: number
}

const BAD_LIMIT = `limit 应为 1–${PAGE_SIZE_MAX} 的整数`
export const BAD_CURSOR = 'cursor 无效：请从第一页重新加载'

/** `?cursor=&limit=`, or null after answering 400. */
export function pageQuery(req: Request, res: Response): PageQuery | null {
  const { cursor, limit } = req.query
  let size = PAGE_SIZE
  if (limit !== undefined) {
    size = typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : NaN
    if (!(size >= 1 && size <= PAGE_SIZE_MAX)) {
      sendError(res, 400, { error: BAD_LIMIT, fields: { limit: BAD_LIMIT } })
      return null
    }
  }
  if (cursor !== undefined && typeof cursor !== 'string') {
    sendError(res, 400, { error: BAD_CURSOR, fields: { cursor: BAD_CURSOR } })
    return null
  }
  return { cursor: cursor || undefined, limit: size }
}

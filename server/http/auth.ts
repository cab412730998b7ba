// Token checks, run before a request body is read: the bearer token → the caller's session (401 when missing,
// malformed, unknown, expired or of a deactivated worker; 403 when a resident calls a worker route).
import type { NextFunction, Request, Response } from 'express'
import type { Role } from '../../src/domain/api-contract'
import type { ServerContext } from '../context'
import { findSession, type Session } from '../store/sessions'
import { sendError } from './errors'

export type Access = 'public' | 'optional' | 'signed-in' | 'worker'

const UNAUTHORIZED = {
  missing: '请先登录',
  invalid: '登录已失效，请重新登录',
  expired: '登录已过期，请重新登录',
} as const

export const WORKERS_ONLY = '只有社区工作人员可以这样做'

/** The token of `Authorization: Bearer …`: null when there is no header, '' when it is not a well-formed token. */
export function bearerToken(req: Request): string | null {
  const header = req.get('authorization')
  const match = header ? /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header) : null
  return match ? match[1] : header ? '' : null
}

/** The session the auth step found (undefined on public routes and for anonymous optional calls). */
export const sessionOf = (res: Response): Session | undefined => res.locals.session as Session | undefined

/** Like sessionOf, for routes whose access guarantees a session. */
export function requireSessionOf(res: Response): Session {
  const session = sessionOf(res)
  if (!session) throw new Error('route declared signed-in access but has no session')
  return session
}

export function authenticate(ctx: ServerContext, access: Access, role?: Role) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (access === 'public') return next()
    try {
      const token = bearerToken(req)
      const lookup = token ? await findSession(ctx.db, token, ctx.now()) : null
      if (lookup?.kind === 'ok') {
        if (access === 'worker' && lookup.session.role !== (role ?? 'worker')) {
          sendError(res, 403, { error: WORKERS_ONLY })
          return
        }
        res.locals.session = lookup.session
        return next()
      }
      if (access === 'optional') return next()
      const kind = token === null ? 'missing' : lookup?.kind === 'expired' ? 'expired' : 'invalid'
      res.set(
        'WWW-Authenticate',
        `Bearer realm="api", error="${kind === 'missing' ? 'missing_token' : 'invalid_token'}"`,
      )
      sendError(res, 401, { error: UNAUTHORIZED[kind] })
    } catch (error) {
      next(error)
    }
  }
}

// GET /api/health (the process is up: for a load balancer's liveness check) and GET /api/ready (the database answers:
// for its readiness check; 503 while it does not; says whether WeChat's content checks are on).
import type { Request, Response } from 'express'
import type { ServerContext } from '../context'
import { DATABASE_UNAVAILABLE, sendError } from '../http/errors'

/** 'on' (text and photos), 'text-only' (no push token / public address) or 'off' (no WeChat credentials). */
export const contentChecks = (ctx: ServerContext) =>
  !ctx.wechat ? 'off' : ctx.config.wechat?.pushToken && ctx.config.wechat.publicBase ? 'on' : 'text-only'

export async function health(_ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  res.json({ ok: true })
}

export async function ready(ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  try {
    await ctx.database.ping(2000)
    res.json({ ok: true, database: ctx.database.kind, contentChecks: contentChecks(ctx) })
  } catch {
    res.set('Retry-After', '5')
    sendError(res, 503, { error: DATABASE_UNAVAILABLE })
  }
}

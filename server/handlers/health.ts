// GET /api/health (the process is up: for a load balancer's liveness check) and GET /api/ready (the database answers:
// for its readiness check; 503 while it does not).
import type { Request, Response } from 'express'
import type { ServerContext } from '../context'
import { DATABASE_UNAVAILABLE, sendError } from '../http/errors'

export async function health(_ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  res.json({ ok: true })
}

export async function ready(ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  try {
    await ctx.database.ping(2000)
    res.json({ ok: true, database: ctx.database.kind })
  } catch {
    res.set('Retry-After', '5')
    sendError(res, 503, { error: DATABASE_UNAVAILABLE })
  }
}

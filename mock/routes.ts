// The API route table ('METHOD /path' → express handler), mounted by mock/mount-routes.ts in dev:h5 and in scripts/serve.ts.
import type { Request, Response } from 'express'

export type RouteHandler = (req: Request, res: Response) => void

const routes: Record<string, RouteHandler> = {
  'GET /api/health': (_req, res) => {
    res.json({ ok: true })
  },
}

export default routes

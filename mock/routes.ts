// The API's route table ('METHOD /path' → express handler): plugin-mock serves it in dev:h5, scripts/serve.ts in e2e and demos.
import type { Request, Response } from 'express'

export type RouteHandler = (req: Request, res: Response) => void

const routes: Record<string, RouteHandler> = {
  'GET /api/health': (_req, res) => {
    res.json({ ok: true })
  },
}

export default routes

// The API route table ('METHOD /path' → express handler), mounted by mock/mount-routes.ts in dev:h5 and in scripts/serve.ts;
// the contract (bodies and responses) is in src/domain/api-contract.ts.
import type { Request, Response } from 'express'
import { BODY_LIMIT_BYTES } from '../src/domain/api-contract'
import { createSession, deleteSession } from './handlers/session'
import { listNotices, patchNotice, postNotice } from './handlers/notices'
import { getPhoto, listReports, patchReport, postReport } from './handlers/reports'

export type RouteHandler = (req: Request, res: Response) => void

const routes: Record<string, RouteHandler> = {
  'GET /api/health': (_req, res) => {
    res.json({ ok: true })
  },
  'POST /api/session': createSession,
  'DELETE /api/session': deleteSession,
  'GET /api/notices': listNotices,
  'POST /api/notices': postNotice,
  'PATCH /api/notices/:id': patchNotice,
  'GET /api/reports': listReports,
  'POST /api/reports': postReport,
  'PATCH /api/reports/:id': patchReport,
  'GET /api/photos/:id': getPhoto,
}

/** JSON body limits in bytes by route; any route not listed gets BODY_LIMIT_BYTES.default. */
export const bodyLimits: Record<string, number> = {
  'POST /api/reports': BODY_LIMIT_BYTES.report,
}

export default routes

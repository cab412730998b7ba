// The API as an express router: request ids and JSON logs (pino, no tokens), no-store / nosniff headers, each route's
// token check before its body is read, JSON answers for unknown routes, 413, bad JSON, 503 (database down) and 500.
import express from 'express'
import { pinoHttp } from 'pino-http'
import crypto from 'node:crypto'
import { BODY_LIMIT_BYTES } from '../src/domain/api-contract'
import type { ServerContext } from './context'
import { authenticate } from './http/auth'
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, sendError } from './http/errors'
import { ROUTES } from './routes'

interface BodyParserError extends Error {
  type?: string
  status?: number
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

export function createApiRouter(ctx: ServerContext): express.Router {
  const api = express.Router()
  api.use(
    '/api',
    pinoHttp({
      logger: ctx.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id']
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID()
        res.setHeader('X-Request-Id', id)
        return id
      },
      // Only what an operator needs: never headers (tokens), bodies (codes, photos) or query strings (cursors).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  )
  api.use('/api', (_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
    next()
  })
  const json = express.json({ limit: BODY_LIMIT_BYTES.default })
  for (const route of ROUTES) {
    const steps: express.RequestHandler[] = [authenticate(ctx, route.access)]
    if (route.body === 'json') steps.push(json)
    steps.push((req, res, next) => {
      route.handler(ctx, req, res).catch(next)
    })
    api[route.method](route.path, ...steps)
  }
  api.use('/api', (_req, res) => {
    sendError(res, 404, { error: '接口不存在' })
  })
  api.use('/api', (err: BodyParserError, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err)
    if (err.type === 'entity.too.large') {
      res.set('Connection', 'close')
      sendError(res, 413, { error: `提交的内容太大（上限 ${Math.round(BODY_LIMIT_BYTES.default / 1024)} KB）` })
    } else if (err.type === 'entity.parse.failed') {
      sendError(res, 400, { error: '提交的内容不是有效的 JSON' })
    } else if (err.status && err.status >= 400 && err.status < 500) {
      sendError(res, err.status, { error: '请求无法处理' })
    } else if (isDatabaseUnavailable(err)) {
      res.set('Retry-After', '5')
      sendError(res, 503, { error: DATABASE_UNAVAILABLE })
    } else {
      res.err = err
      sendError(res, 500, { error: '服务器出错了，请稍后再试' })
    }
  })
  return api
}

// Mounts the API route table on an express app: used by the dev server (dev:h5) and by scripts/serve.ts. Adds the
// per-route JSON body limits, no-store and nosniff headers, and JSON answers for unknown routes, 413, bad JSON and 500.
import express from 'express'
import { BODY_LIMIT_BYTES } from '../src/domain/api-contract'
import type { ApiContext } from './context'
import routes, { bodyLimits } from './routes'

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

export interface MountOptions {
  /** The store, workers and clock to serve; by default one built from DATA_DIR and WORKER_CODES. */
  context?: ApiContext
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`

interface BodyParserError extends Error {
  type?: string
  status?: number
  limit?: number
}

/** Anything that can `use` a router: an express app, or webpack-dev-server's app. */
export function mountRoutes(app: { use: (router: express.Router) => unknown }, options: MountOptions = {}): void {
  const api = express.Router()
  api.use('/api', (_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
    if (options.context) res.locals.api = options.context
    next()
  })
  for (const [key, handler] of Object.entries(routes)) {
    const [method, route] = key.split(/\s+/)
    const verb = method.toLowerCase() as (typeof METHODS)[number]
    if (!METHODS.includes(verb)) throw new Error(`mock/routes.ts: unsupported method in "${key}"`)
    api[verb](route, express.json({ limit: bodyLimits[key] ?? BODY_LIMIT_BYTES.default }), handler)
  }
  api.use('/api', (_req, res) => {
    res.status(404).json({ error: '接口不存在' })
  })
  api.use('/api', (err: BodyParserError, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err)
    if (err.type === 'entity.too.large') {
      const limit = err.limit ? `（上限 ${sizeText(err.limit)}）` : ''
      const hint = err.limit && err.limit > BODY_LIMIT_BYTES.default ? '：照片请压缩到每张 2 MB 以内，最多 3 张' : ''
      res.status(413).json({ error: `提交的内容太大${limit}${hint}` })
    } else if (err.type === 'entity.parse.failed') {
      res.status(400).json({ error: '提交的内容不是有效的 JSON' })
    } else if (err.status && err.status >= 400 && err.status < 500) {
      res.status(err.status).json({ error: '请求无法处理' })
    } else {
      console.error('mock API error:', err)
      res.status(500).json({ error: '服务器出错了，请稍后再试' })
    }
  })
  app.use(api)
}

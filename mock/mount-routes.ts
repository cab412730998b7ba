// Mounts the API route table on an express app: used by the dev server (dev:h5) and by scripts/serve.ts.
import express from 'express'
import routes from './routes'

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

/** Anything that can `use` a router: an express app, or webpack-dev-server's app. */
export function mountRoutes(app: { use: (router: express.Router) => unknown }): void {
  const api = express.Router()
  api.use(express.json({ limit: '100kb' }))
  for (const [key, handler] of Object.entries(routes)) {
    const [method, route] = key.split(/\s+/)
    const verb = method.toLowerCase() as (typeof METHODS)[number]
    if (!METHODS.includes(verb)) throw new Error(`mock/routes.ts: unsupported method in "${key}"`)
    api[verb](route, handler)
  }
  api.use('/api', (_req, res) => {
    res.status(404).json({ error: '接口不存在' })
  })
  app.use(api)
}

// The dev-time API that `npm run dev:h5` mounts in webpack's dev server: the production server's own routes on a
// throwaway embedded database (in memory, gone when the dev server stops), with 示例 data when MOCK_SEED=1
// (`npm run dev:seed`). Never part of a production build or of `npm run server`.
import express from 'express'
import pino from 'pino'
import { createApiRouter } from '../server/app'
import { readConfig } from '../server/config'
import { openDatabase } from '../server/db/database'
import { startApi } from '../server/server'
import { seedSamples } from './samples'

/** Sign-in code for the dev desk when WORKER_CODES is not set: dev only, printed at start. */
export const DEV_WORKER_CODE = 'dev-worker-2026'

async function devRouter(): Promise<express.Router> {
  const workerCodes = process.env.WORKER_CODES || `开发测试社工:${DEV_WORKER_CODE}`
  const config = { ...readConfig(process.env, { dataDir: '(memory)' }), databaseUrl: null, workerCodes }
  const logger = pino({ level: process.env.LOG_LEVEL || 'warn' })
  const running = await startApi({ config, database: await openDatabase({ memory: true }), logger })
  if (process.env.MOCK_SEED === '1') {
    const added = await seedSamples(running.ctx)
    console.info(`dev API: added ${added} 示例 items (MOCK_SEED=1)`)
  }
  console.info(
    `dev API: throwaway in-memory database; worker sign-in code: ${process.env.WORKER_CODES ? '(from WORKER_CODES)' : DEV_WORKER_CODE}`,
  )
  return createApiRouter(running.ctx)
}

/** Mounts the API on anything that can `use` a handler; requests wait while the database opens (~2 s). */
export function mountDevApi(app: { use: (handler: express.RequestHandler) => unknown }): void {
  let router: Promise<express.Router> | null = null
  app.use((req, res, next) => {
    if (!req.url.startsWith('/api/')) return next()
    router ??= devRouter()
    router.then(
      (api) => api(req, res, next),
      (error: unknown) => {
        console.error('dev API failed to start:', error)
        res.status(503).json({ error: '开发用接口未能启动，请查看终端输出' })
      },
    )
  })
}

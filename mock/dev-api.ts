// The dev-time API that `npm run dev:h5` mounts in webpack's dev server: the production server's own routes on a
// throwaway embedded database (in memory, gone when the dev server stops), with 示例 data when MOCK_SEED=1
// (`npm run dev:seed`), and a 示例工作人员 invited at each start (the invite is printed: use it on 工作人员 → 首次登录).
// Never part of a production build or of `npm run server`.
import express from 'express'
import pino from 'pino'
import { addWorker, formatInvite } from '../server/admin/workers'
import { createApiRouter } from '../server/app'
import { readConfig } from '../server/config'
import { openDatabase } from '../server/db/database'
import { startApi } from '../server/server'
import { seedSamples } from './samples'

export const DEV_WORKER_NAME = '示例工作人员'

async function devRouter(): Promise<express.Router> {
  const config = { ...readConfig(process.env, { dataDir: '(memory)' }), databaseUrl: null }
  const logger = pino({ level: process.env.LOG_LEVEL || 'warn' })
  const running = await startApi({ config, database: await openDatabase({ memory: true }), logger })
  if (process.env.MOCK_SEED === '1') {
    const added = await seedSamples(running.ctx)
    console.info(`dev API: added ${added} 示例 items (MOCK_SEED=1)`)
  }
  const invited = await addWorker(running.ctx.db, { community: config.community.id, name: DEV_WORKER_NAME })
  console.info(
    `dev API: throwaway in-memory database. A worker to sign in as (月湾湖 → 工作人员 → 首次登录):\n${formatInvite(invited)}`,
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

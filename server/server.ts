// Builds a running API: opens the database (migrating it), creates the configured community, brings the worker
// accounts in line with WORKER_CODES, schedules the clean-up, and returns an express app to listen with.
import path from 'node:path'
import express from 'express'
import compression from 'compression'
import pino, { type Logger } from 'pino'
import { createApiRouter } from './app'
import { pageHeadersMiddleware } from './http/page-headers'
import { randomPhotoUrlSecret } from './http/photo-urls'
import { PublicCache } from './http/public-cache'
import type { ServerConfig } from './config'
import { randomId, type ServerContext } from './context'
import { openDatabase, type Database } from './db/database'
import { cleanUp } from './store/clean-up'
import { ensureCommunity } from './store/communities'
import { databasePhotoBytes } from './store/photos'
import { parseWorkerCodes, syncWorkerCodes } from './store/workers'
import { createWechat, describeWechat } from './wechat'

export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '.data')
const CLEAN_UP_EVERY_MS = 10 * 60 * 1000

export interface ServerOptions {
  config: ServerConfig
  /** A database opened by the caller (tests); otherwise DATABASE_URL or the embedded one in DATA_DIR. */
  database?: Database
  now?: () => Date
  logger?: Logger
}

export interface RunningApi {
  ctx: ServerContext
  /** Stops the clean-up timer and closes the database. */
  close(): Promise<void>
}

export async function startApi(options: ServerOptions): Promise<RunningApi> {
  const logger = options.logger ?? pino({ level: options.config.logLevel })
  const config = withPhotoUrlSecret(options.config, logger)
  const database =
    options.database ??
    (await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir }))
  const now = options.now ?? (() => new Date())
  const ctx: ServerContext = {
    database,
    db: database.db,
    config,
    now,
    publicCache: new PublicCache(config.publicCacheMs, now),
    newId: randomId,
    photoBytes: databasePhotoBytes,
    wechat: createWechat(config, database.db, now, logger),
    logger,
  }
  await ensureCommunity(ctx.db, config.community)
  const workers = parseWorkerCodes(config.workerCodes, (message) => logger.warn(message))
  await syncWorkerCodes(ctx.db, config.community.id, workers)
  logger.info(
    {
      database: database.kind,
      where: database.description,
      community: config.community.id,
      workerCodes: workers.length,
    },
    workers.length > 0
      ? `API ready: ${workers.length} worker code(s) from WORKER_CODES`
      : 'API ready: WORKER_CODES is not set, so worker sign-in is off (e.g. WORKER_CODES=demo-2026)',
  )
  const wechat = describeWechat(config)
  if (wechat.on) logger.info({ wechat: wechat.appId }, wechat.message)
  else logger.warn(wechat.message)
  const runCleanUp = () =>
    cleanUp(ctx.db, ctx.now(), { photoBytes: ctx.photoBytes, reportRetentionDays: config.reportRetentionDays }).then(
      (removed) => logger.info({ removed }, 'clean-up done'),
      (error: unknown) => logger.warn({ err: error }, 'clean-up failed; will try again'),
    )
  await runCleanUp()
  const timer = setInterval(() => void runCleanUp(), CLEAN_UP_EVERY_MS)
  timer.unref()
  return {
    ctx,
    async close() {
      clearInterval(timer)
      if (!options.database) await database.close()
    },
  }
}

/** The configuration with a photo URL key: PHOTO_URL_SECRET, or (with a warning) a random one for this process. */
function withPhotoUrlSecret(config: ServerConfig, logger: Logger): ServerConfig {
  if (config.photoUrlSecret) return config
  logger.warn(
    'PHOTO_URL_SECRET is not set: photo URLs are signed with a random key of this process, so they stop working ' +
      'after a restart and on any other process; set one shared secret on every process in production',
  )
  return { ...config, photoUrlSecret: randomPhotoUrlSecret() }
}

/**
 * The express app: the API, and (for `npm run serve`) a built H5 app from `staticDir`, gzipped, with its security
 * headers (CSP with the sha256 of index.html's inline script as it is when the app is created).
 */
export function createHttpApp(ctx: ServerContext, { staticDir }: { staticDir?: string } = {}): express.Express {
  const app = express()
  app.disable('x-powered-by')
  if (ctx.config.trustProxy) app.set('trust proxy', ctx.config.trustProxy)
  app.use(compression())
  app.use(createApiRouter(ctx))
  if (staticDir) {
    app.use(pageHeadersMiddleware(staticDir), express.static(staticDir, { maxAge: '1h', index: 'index.html' }))
  }
  return app
}

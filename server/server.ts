// Builds a running API: opens the database (migrating it), creates the configured community, says whether there are
// worker accounts (and that WORKER_CODES is ignored), schedules the clean-up (and the 订阅消息 sweep), and returns an express app to listen with.
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
import { hasUsableWorkers } from './store/workers'
import { createWechat, describeWechat } from './wechat'
import { sweepMessages } from './wechat/subscribe-message'

export const ADD_WORKER_COMMAND = 'npm run admin -- worker add --community <id> --name <name>'
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '.data')
const CLEAN_UP_EVERY_MS = 10 * 60 * 1000
/** 订阅消息: new scheduled notices announced and failed sends retried this often (only with WeChat configured). */
const MESSAGE_SWEEP_EVERY_MS = 60 * 1000

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
  const workers = await hasUsableWorkers(ctx.db)
  logger.info(
    { database: database.kind, where: database.description, community: config.community.id },
    workers ? 'API ready' : `API ready: no worker accounts yet — add one with ${ADD_WORKER_COMMAND}`,
  )
  if (config.workerCodesSet) {
    logger.warn(
      `WORKER_CODES is set but ignored: shared worker codes no longer sign anyone in. Workers have personal ` +
        `accounts: ${ADD_WORKER_COMMAND} prints an invite (remove WORKER_CODES from the environment)`,
    )
  }
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
  const sweep = ctx.wechat
    ? setInterval(
        () =>
          void sweepMessages(ctx).catch((error: unknown) =>
            logger.warn({ err: error }, 'subscription message sweep failed; will try again'),
          ),
        MESSAGE_SWEEP_EVERY_MS,
      )
    : null
  sweep?.unref()
  return {
    ctx,
    async close() {
      clearInterval(timer)
      if (sweep) clearInterval(sweep)
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

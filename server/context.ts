// What every handler works with: the database, the configuration (community, limits), the clock, id minting, where
// photo bytes go, the WeChat client (when configured), and the logger. Built once by the server (or by a test, with its own clock and database).
import crypto from 'node:crypto'
import type { Logger } from 'pino'
import type { ServerConfig } from './config'
import type { Database, Db } from './db/database'
import type { PublicCache } from './http/public-cache'
import type { PhotoBytes } from './store/photos'
import type { Wechat } from './wechat'

export interface ServerContext {
  database: Database
  db: Db
  config: ServerConfig
  now: () => Date
  /** A fresh random id, url-safe (22 characters). */
  newId: () => string
  photoBytes: PhotoBytes
  /** Anonymous feed pages, kept for a moment (PUBLIC_CACHE_MS). */
  publicCache: PublicCache
  /** WeChat's server API (code2Session, access token); null when WECHAT_APPID / WECHAT_SECRET are not set. */
  wechat: Wechat | null
  logger: Logger
}

export const randomId = () => crypto.randomBytes(16).toString('base64url')

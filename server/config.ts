// The server's settings, read once from the environment (server/.env.example lists each): where the data lives, the
// default community, the address to listen on, every abuse limit, and the mini-program's WeChat settings.
export interface Limits {
  /** Resident sessions one address may start per hour, and all addresses together. */
  residentSessionsPerAddressPerHour: number
  residentSessionsPerHour: number
  /** Failed worker sign-ins per address (IPv6 by /64) and in total, per window. */
  signInFailuresPerAddress: number
  signInFailuresGlobal: number
  signInWindowMinutes: number
  /** Per resident (or worker) per China-time day. */
  reportsPerDay: number
  photoBytesPerDay: number
}

/** The mini-program's credentials (both or neither) and where WeChat's server API lives (tests: a fake on loopback). */
export interface WechatConfig {
  appId: string
  /** The AppSecret: sent only to WeChat, never logged or returned. */
  secret: string
  apiBase: string
}

export const DEFAULT_WECHAT_API_BASE = 'https://api.weixin.qq.com'

export interface ServerConfig {
  port: number
  host: string
  /** A PostgreSQL server; null: the embedded database in dataDir. */
  databaseUrl: string | null
  dataDir: string
  community: { id: string; name: string }
  /** Whether the retired WORKER_CODES is still set: it grants nothing (workers have personal accounts), the start warns. */
  workerCodesSet: boolean
  /** Express's `trust proxy` (e.g. `loopback` or `1` behind one load balancer); off by default. */
  trustProxy: string | null
  logLevel: string
  /** How long an anonymous notice-feed page may be served from memory (ms); 0: never. */
  publicCacheMs: number
  /** The HMAC key of photo URLs, the same on every process; null: a random one per start (dev only). */
  photoUrlSecret: string | null
  /** How long a photo URL works (seconds). */
  photoUrlTtlS: number
  limits: Limits
  /** WECHAT_APPID + WECHAT_SECRET; null: WeChat sign-in and content checks are off (H5-only deployments, dev). */
  wechat: WechatConfig | null
}

export const DEFAULT_LIMITS: Limits = {
  residentSessionsPerAddressPerHour: 30,
  residentSessionsPerHour: 3000,
  signInFailuresPerAddress: 5,
  signInFailuresGlobal: 50,
  signInWindowMinutes: 10,
  reportsPerDay: 10,
  photoBytesPerDay: 40 * 1024 * 1024,
}

export const DEFAULT_COMMUNITY = { id: 'yuewanhu', name: '月湾湖社区' }

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} 应为正整数（现在是 "${raw}"）`)
  return value
}

function wechatConfig(env: NodeJS.ProcessEnv): WechatConfig | null {
  const appId = env.WECHAT_APPID?.trim() || ''
  const secret = env.WECHAT_SECRET?.trim() || ''
  const apiBase = (env.WECHAT_API_BASE?.trim() || DEFAULT_WECHAT_API_BASE).replace(/\/+$/, '')
  if (!appId && !secret) return null
  if (!appId || !secret) throw new Error('WECHAT_APPID 和 WECHAT_SECRET 需要一起设置（或都不设置，关闭微信登录）')
  if (!/^https?:\/\/[^/\s]+/.test(apiBase)) throw new Error(`WECHAT_API_BASE 应为 http(s) 地址（现在是 "${apiBase}"）`)
  return { appId, secret, apiBase }
}

function photoUrlSecret(env: NodeJS.ProcessEnv): string | null {
  const secret = env.PHOTO_URL_SECRET || null
  if (secret !== null && secret.length < 32)
    throw new Error('PHOTO_URL_SECRET 至少 32 个字符（如 openssl rand -base64 32）')
  return secret
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, defaults: { dataDir: string }): ServerConfig {
  return {
    port: positiveInt(env, 'PORT', 8080),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.DATA_DIR || defaults.dataDir,
    community: { id: env.COMMUNITY_ID || DEFAULT_COMMUNITY.id, name: env.COMMUNITY_NAME || DEFAULT_COMMUNITY.name },
    workerCodesSet: Boolean(env.WORKER_CODES?.trim()),
    trustProxy: env.TRUST_PROXY || null,
    logLevel: env.LOG_LEVEL || 'info',
    publicCacheMs: env.PUBLIC_CACHE_MS === '0' ? 0 : positiveInt(env, 'PUBLIC_CACHE_MS', 2000),
    photoUrlSecret: photoUrlSecret(env),
    photoUrlTtlS: positiveInt(env, 'PHOTO_URL_TTL_S', 600),
    limits: {
      residentSessionsPerAddressPerHour: positiveInt(
        env,
        'LIMIT_RESIDENT_SESSIONS_PER_ADDRESS',
        DEFAULT_LIMITS.residentSessionsPerAddressPerHour,
      ),
      residentSessionsPerHour: positiveInt(
        env,
        'LIMIT_RESIDENT_SESSIONS_TOTAL',
        DEFAULT_LIMITS.residentSessionsPerHour,
      ),
      signInFailuresPerAddress: positiveInt(
        env,
        'LIMIT_SIGNIN_FAILURES_PER_ADDRESS',
        DEFAULT_LIMITS.signInFailuresPerAddress,
      ),
      signInFailuresGlobal: positiveInt(env, 'LIMIT_SIGNIN_FAILURES_TOTAL', DEFAULT_LIMITS.signInFailuresGlobal),
      signInWindowMinutes: positiveInt(env, 'LIMIT_SIGNIN_WINDOW_MINUTES', DEFAULT_LIMITS.signInWindowMinutes),
      reportsPerDay: positiveInt(env, 'LIMIT_REPORTS_PER_DAY', DEFAULT_LIMITS.reportsPerDay),
      photoBytesPerDay: positiveInt(env, 'LIMIT_PHOTO_BYTES_PER_DAY', DEFAULT_LIMITS.photoBytesPerDay),
    },
    wechat: wechatConfig(env),
  }
}

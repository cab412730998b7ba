// The server's settings, read once from the environment (server/.env.example lists each): where the data lives, the
// default community, the address to listen on, every abuse limit, and the mini-program's WeChat settings (with the
// 订阅消息 templates).
import { COMMUNITY_CODE_PATTERN, DEFAULT_COMMUNITY_CODE, communityCodeFromId } from '../src/domain/report-number'
import {
  TEMPLATE_FIELDS,
  defaultTemplateKeys,
  type MessageTemplate,
  type TemplateKeys,
} from '../src/domain/subscription-messages'

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
  /** Texts sent to msg_sec_check per sender per China-time day: refused texts count too, so no one spends WeChat's quota. */
  textChecksPerDay: number
}

/** The mini-program's credentials (both or neither) and where WeChat's server API lives (tests: a fake on loopback). */
export interface WechatConfig {
  appId: string
  /** The AppSecret: sent only to WeChat, never logged or returned. */
  secret: string
  apiBase: string
  /**
   * WECHAT_PUSH_TOKEN: the Token of 消息推送 (微信公众平台 → 开发管理 → 消息推送), which signs WeChat's pushes (the
   * media_check_async results). Required with the credentials from the environment; absent: photo checks are off.
   */
  pushToken?: string
  /**
   * PUBLIC_BASE_URL: where WeChat can fetch this API from the internet (https://…, no trailing slash): the signed photo
   * URLs given to media_check_async start with it. Required with the credentials from the environment.
   */
  publicBase?: string
  /** 订阅消息 templates; absent or null ids: no subscription button, nothing sent. */
  templates?: MessageTemplatesConfig
}

/** One 订阅消息 template: its id in 公众平台 and the data key (e.g. thing3) of each field it fills. */
export interface TemplateConfig<T extends MessageTemplate> {
  id: string
  keys: TemplateKeys<T>
}

/** WECHAT_TEMPLATE_REPORT / WECHAT_TEMPLATE_NOTICE (+ their _KEYS); absent: that message is not offered. */
export interface MessageTemplatesConfig {
  report: TemplateConfig<'report'> | null
  notice: TemplateConfig<'notice'> | null
}

export const DEFAULT_WECHAT_API_BASE = 'https://api.weixin.qq.com'

export interface ServerConfig {
  port: number
  host: string
  /** A PostgreSQL server; null: the embedded database in dataDir. */
  databaseUrl: string | null
  dataDir: string
  /** `code`: the prefix of its report numbers (COMMUNITY_CODE; 月湾湖 YWH, else the id in capitals). */
  community: { id: string; name: string; code: string }
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
  /** Days a finished (已办结) report and its photos are kept after its last update; then the clean-up deletes them. */
  reportRetentionDays: number
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
  textChecksPerDay: 50,
}

/** REPORT_RETENTION_DAYS when unset: a year after a report is finished. */
export const DEFAULT_REPORT_RETENTION_DAYS = 365

export const DEFAULT_COMMUNITY = { id: 'yuewanhu', name: '月湾湖社区', code: DEFAULT_COMMUNITY_CODE }

function communityConfig(env: NodeJS.ProcessEnv): ServerConfig['community'] {
  const id = env.COMMUNITY_ID || DEFAULT_COMMUNITY.id
  const code = env.COMMUNITY_CODE?.trim() || communityCodeFromId(id)
  if (!COMMUNITY_CODE_PATTERN.test(code)) {
    throw new Error(`COMMUNITY_CODE 应为 2–40 位大写字母或数字，如 YWH（现在是 "${code}"）`)
  }
  return { id, name: env.COMMUNITY_NAME || DEFAULT_COMMUNITY.name, code }
}

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
  // Photos are checked only through WeChat's push: without its token and a public address they would wait forever.
  const pushToken = env.WECHAT_PUSH_TOKEN?.trim() || ''
  if (!/^[A-Za-z0-9]{3,32}$/.test(pushToken)) {
    throw new Error('设置了 WECHAT_APPID 时需要 WECHAT_PUSH_TOKEN（消息推送的 Token，3–32 位字母或数字）')
  }
  const publicBase = (env.PUBLIC_BASE_URL?.trim() || '').replace(/\/+$/, '')
  if (!/^https?:\/\/[^/\s]+/.test(publicBase)) {
    throw new Error(
      '设置了 WECHAT_APPID 时需要 PUBLIC_BASE_URL（微信能从外网访问本服务的地址，如 https://api.example.com）',
    )
  }
  const templates = { report: templateConfig(env, 'report'), notice: templateConfig(env, 'notice') }
  return { appId, secret, apiBase, pushToken, publicBase, templates }
}

/**
 * A template from WECHAT_TEMPLATE_<NAME> and WECHAT_TEMPLATE_<NAME>_KEYS ("field=key,…", e.g.
 * "number=character_string1,status=phrase2,summary=thing3,time=time4"): a key must be of the field's keyword type.
 */
function templateConfig<T extends MessageTemplate>(env: NodeJS.ProcessEnv, template: T): TemplateConfig<T> | null {
  const name = `WECHAT_TEMPLATE_${template.toUpperCase()}`
  const id = env[name]?.trim() || ''
  if (!id) return null
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(id)) throw new Error(`${name} 应为订阅消息模板 ID（现在是 "${id}"）`)
  const keys = { ...defaultTemplateKeys(template) } as Record<string, string>
  const fields = TEMPLATE_FIELDS[template] as Record<string, { type: string }>
  for (const pair of (env[`${name}_KEYS`] ?? '').split(',').filter((p) => p.trim())) {
    const [field, key] = pair.split('=').map((x) => x.trim())
    const type = fields[field]?.type
    if (!type || !key || !new RegExp(`^${type}\\d+$`).test(key)) {
      throw new Error(
        `${name}_KEYS 的 "${pair}" 无效：字段为 ${Object.keys(fields).join('/')}，值为模板关键词的 key（如 ${type ?? 'thing'}1）`,
      )
    }
    keys[field] = key
  }
  return { id, keys: keys as TemplateKeys<T> }
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
    community: communityConfig(env),
    workerCodesSet: Boolean(env.WORKER_CODES?.trim()),
    trustProxy: env.TRUST_PROXY || null,
    logLevel: env.LOG_LEVEL || 'info',
    publicCacheMs: env.PUBLIC_CACHE_MS === '0' ? 0 : positiveInt(env, 'PUBLIC_CACHE_MS', 2000),
    photoUrlSecret: photoUrlSecret(env),
    photoUrlTtlS: positiveInt(env, 'PHOTO_URL_TTL_S', 600),
    reportRetentionDays: positiveInt(env, 'REPORT_RETENTION_DAYS', DEFAULT_REPORT_RETENTION_DAYS),
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
      textChecksPerDay: positiveInt(env, 'LIMIT_TEXT_CHECKS_PER_DAY', DEFAULT_LIMITS.textChecksPerDay),
    },
    wechat: wechatConfig(env),
  }
}

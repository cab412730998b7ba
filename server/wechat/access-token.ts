// WeChat's access token (the stable-token interface), cached in the database — one row per appid, shared by every
// server process — and refreshed a few minutes before it expires, one refresh at a time: the refresh runs in a
// transaction holding an advisory lock on the appid, and a process that waited for the lock finds the fresh token.
import { eq, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { WechatConfig } from '../config'
import type { Db, Queryable } from '../db/database'
import { wechatTokens } from '../db/schema'
import { WechatError } from './errors'
import { callWechat } from './http'

/** Refreshed this long before WeChat says it expires (WeChat gives 7200 s; the old token stays valid meanwhile). */
export const REFRESH_BEFORE_MS = 5 * 60 * 1000
const TOKEN_LOCK_CLASS = 727_114
export const STABLE_TOKEN_API = '/cgi-bin/stable_token'

export interface AccessTokens {
  /**
   * A valid access token. `rejected`: a token WeChat just refused (40001 / 42001): unless another process already
   * replaced it, a forced refresh replaces it.
   */
  get(options?: { rejected?: string }): Promise<string>
}

async function cached(db: Queryable, appId: string) {
  const [row] = await db.select().from(wechatTokens).where(eq(wechatTokens.appId, appId))
  return row ?? null
}

export function accessTokens(config: WechatConfig, db: Db, now: () => Date, logger: Logger): AccessTokens {
  const usable = (row: { token: string; expiresAt: Date } | null, rejected?: string) =>
    row !== null && row.token !== rejected && row.expiresAt.getTime() - REFRESH_BEFORE_MS > now().getTime()

  async function fetchToken(forceRefresh: boolean): Promise<{ token: string; expiresAt: Date }> {
    const reply = await callWechat({
      base: config.apiBase,
      api: STABLE_TOKEN_API,
      body: {
        grant_type: 'client_credential',
        appid: config.appId,
        secret: config.secret,
        force_refresh: forceRefresh,
      },
    })
    const { access_token: token, expires_in: expiresIn } = reply
    if (typeof token !== 'string' || !token || typeof expiresIn !== 'number' || expiresIn <= 0) {
      throw new WechatError('unreachable', STABLE_TOKEN_API)
    }
    return { token, expiresAt: new Date(now().getTime() + expiresIn * 1000) }
  }

  return {
    async get({ rejected } = {}) {
      const known = await cached(db, config.appId)
      if (usable(known, rejected)) return known!.token
      return db.transaction(async (tx) => {
        // Inside the transaction only `tx` (PGlite would wait for itself on `db`).
        await tx.execute(
          sql`SELECT pg_advisory_xact_lock(${sql.raw(String(TOKEN_LOCK_CLASS))}, hashtext(${config.appId}))`,
        )
        const current = await cached(tx, config.appId)
        if (usable(current, rejected)) return current!.token
        let fresh: { token: string; expiresAt: Date }
        try {
          fresh = await fetchToken(rejected !== undefined && current?.token === rejected)
        } catch (error) {
          // WeChat out of reach while the cached token still works: keep using it, try again on the next call.
          if (current && current.token !== rejected && current.expiresAt.getTime() > now().getTime()) {
            logger.warn({ err: error }, 'WeChat access token refresh failed; the cached one is still valid')
            return current.token
          }
          throw error
        }
        await tx
          .insert(wechatTokens)
          .values({ appId: config.appId, ...fresh, fetchedAt: now() })
          .onConflictDoUpdate({ target: wechatTokens.appId, set: { ...fresh, fetchedAt: now() } })
        logger.info({ expiresAt: fresh.expiresAt.toISOString() }, 'WeChat access token refreshed')
        return fresh.token
      })
    },
  }
}

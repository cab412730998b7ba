// The server's WeChat client: code2Session for residents signing in, the cached stable access token, and a POST with
// that token (content checks, subscription messages) that renews a token WeChat refused once. Null when the server
// has no WeChat credentials; `describeWechat` is the start-up line saying which.
import type { Logger } from 'pino'
import type { ServerConfig } from '../config'
import type { Db } from '../db/database'
import { accessTokens, type AccessTokens } from './access-token'
import { WechatError } from './errors'
import { callWechat, type WechatReply } from './http'

export { WechatError, sendWechatError } from './errors'
export { wechatAccountId, wechatIdentity } from './identity'

export const CODE2SESSION_API = '/sns/jscode2session'
/** errcodes that mean "this access token is not (or no longer) valid". */
const TOKEN_REJECTED = new Set([40001, 40014, 42001])

export interface WechatSession {
  openid: string
  unionid: string | null
}

export interface Wechat {
  appId: string
  /** Exchanges a wx.login code for the user's openid (the session_key is dropped: the server needs none of it). */
  code2Session(code: string): Promise<WechatSession>
  accessToken: AccessTokens
  /** POSTs JSON to `api`?access_token=…; a token WeChat refuses is renewed and the call made once more. */
  postWithToken(api: string, body: unknown): Promise<WechatReply>
}

export function createWechat(config: ServerConfig, db: Db, now: () => Date, logger: Logger): Wechat | null {
  const wechat = config.wechat
  if (!wechat) return null
  const tokens = accessTokens(wechat, db, now, logger)
  const logged = (error: unknown) => {
    if (error instanceof WechatError) {
      logger.warn(
        { api: error.api, failure: error.failure, errcode: error.errcode, errmsg: error.errmsg },
        'WeChat call failed',
      )
    }
    return error
  }
  return {
    appId: wechat.appId,
    accessToken: tokens,
    async code2Session(code) {
      const reply = await callWechat({
        base: wechat.apiBase,
        api: CODE2SESSION_API,
        query: { appid: wechat.appId, secret: wechat.secret, js_code: code, grant_type: 'authorization_code' },
      }).catch((error: unknown) => Promise.reject(logged(error)))
      if (typeof reply.openid !== 'string' || !reply.openid)
        throw logged(new WechatError('unreachable', CODE2SESSION_API))
      return { openid: reply.openid, unionid: typeof reply.unionid === 'string' ? reply.unionid : null }
    },
    async postWithToken(api, body) {
      const call = (token: string) => callWechat({ base: wechat.apiBase, api, query: { access_token: token }, body })
      try {
        const token = await tokens.get()
        try {
          return await call(token)
        } catch (error) {
          if (!(error instanceof WechatError && error.errcode !== null && TOKEN_REJECTED.has(error.errcode)))
            throw error
          return await call(await tokens.get({ rejected: token }))
        }
      } catch (error) {
        throw logged(error)
      }
    },
  }
}

/** The start-up line: whether WeChat sign-in and content checks are on (never the AppSecret). */
export function describeWechat(config: ServerConfig): { on: boolean; message: string; appId?: string } {
  if (!config.wechat) {
    return {
      on: false,
      message:
        'WeChat is not configured (WECHAT_APPID / WECHAT_SECRET unset): WeChat sign-in and content checks are off ' +
        '(report and notice text and photos are stored unchecked)',
    }
  }
  const photos = config.wechat.pushToken && config.wechat.publicBase
  return {
    on: true,
    appId: config.wechat.appId,
    message:
      `WeChat sign-in and content checks on for ${config.wechat.appId} via ${config.wechat.apiBase}` +
      (photos ? '' : ' (text only: photo checks need WECHAT_PUSH_TOKEN and PUBLIC_BASE_URL)') +
      '; sessions without an openid (H5 residents, workers without WeChat) are not checked',
  }
}

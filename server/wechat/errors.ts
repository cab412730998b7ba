// What can go wrong talking to WeChat's server API, and the plain-Chinese answer each gives the app: WeChat out of
// reach or busy → 503 (try again), a login code WeChat refused → 400, WeChat refusing the server's own credentials → 502.
import type { Response } from 'express'
import { sendError } from '../http/errors'

export type WechatFailure =
  /** No answer, a timeout, a non-2xx status or a reply that is not JSON. */
  | 'unreachable'
  /** errcode -1 (系统繁忙) or 45011 (too many calls): try again later. */
  | 'busy'
  /** The login code is unknown, expired or used (40029, 40163). */
  | 'bad-code'
  /** WeChat blocks this user's sign-in (40226, 高风险用户). */
  | 'blocked'
  /** WeChat refused the server's AppID / AppSecret / IP (40013, 40125, 40164, 41004…): an operator must fix it. */
  | 'config'
  /** Any other errcode. */
  | 'refused'

/** A failed WeChat call. Never carries the request URL (it holds the AppSecret) nor a token. */
export class WechatError extends Error {
  constructor(
    readonly failure: WechatFailure,
    /** The API called, e.g. /sns/jscode2session — without its query. */
    readonly api: string,
    readonly errcode: number | null = null,
    readonly errmsg: string | null = null,
  ) {
    super(`WeChat ${api}: ${failure}${errcode === null ? '' : ` (errcode ${errcode}: ${errmsg ?? ''})`}`)
    this.name = 'WechatError'
  }
}

const BUSY_CODES = new Set([-1, 45009, 45011])
const BAD_CODE_CODES = new Set([40029, 40163])
const CONFIG_CODES = new Set([40002, 40013, 40125, 40164, 41002, 41004, 40243, 61024, 89503])

/** The failure an errcode means (0 / absent is not a failure). */
export function failureOf(errcode: number): WechatFailure {
  if (BUSY_CODES.has(errcode)) return 'busy'
  if (BAD_CODE_CODES.has(errcode)) return 'bad-code'
  if (errcode === 40226) return 'blocked'
  if (CONFIG_CODES.has(errcode)) return 'config'
  return 'refused'
}

/** A wx.login sign-in (resident or worker) on a server without WECHAT_APPID / WECHAT_SECRET. */
export const WECHAT_LOGIN_OFF = '微信登录未开启：服务器没有配置小程序的 AppID 和 AppSecret'
export const WECHAT_LOGIN_OFF_CODE = 'wechat-login-off'

export const WECHAT_UNREACHABLE = '微信服务暂时无法连接，请稍后再试'
export const WECHAT_BUSY = '微信服务繁忙，请稍后再试'
export const WECHAT_BAD_CODE = '微信登录凭证无效或已过期，请重新进入小程序再试'
export const WECHAT_BLOCKED = '微信暂时不允许这个账号登录小程序，请稍后再试或联系社区'
export const wechatConfigMessage = (errcode: number | null) =>
  `微信拒绝了服务器的请求（错误码 ${errcode ?? '未知'}），请联系社区检查小程序的服务器设置`
export const wechatRefusedMessage = (errcode: number | null) =>
  `微信接口返回错误（错误码 ${errcode ?? '未知'}），请稍后再试`

/** Answers a failed WeChat call: 503 (with Retry-After) when trying again can help, 400/403 for the user, 502 else. */
export function sendWechatError(res: Response, error: WechatError): void {
  switch (error.failure) {
    case 'unreachable':
    case 'busy':
      res.set('Retry-After', '5')
      sendError(res, 503, {
        error: error.failure === 'busy' ? WECHAT_BUSY : WECHAT_UNREACHABLE,
        code: 'wechat-unavailable',
      })
      return
    case 'bad-code':
      sendError(res, 400, { error: WECHAT_BAD_CODE, fields: { wxCode: WECHAT_BAD_CODE }, code: 'wechat-bad-code' })
      return
    case 'blocked':
      sendError(res, 403, { error: WECHAT_BLOCKED, code: 'wechat-blocked' })
      return
    case 'config':
      sendError(res, 502, { error: wechatConfigMessage(error.errcode), code: 'wechat-config' })
      return
    default:
      sendError(res, 502, { error: wechatRefusedMessage(error.errcode), code: 'wechat-refused' })
  }
}

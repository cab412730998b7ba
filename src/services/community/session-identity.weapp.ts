// Mini-program residents are their WeChat account: a fresh wx.login code each time a session is needed, which the
// server exchanges for the openid (so reports follow the account across phones and reinstalls); workers sign in with
// the WeChat account their invite bound.
import Taro from '@tarojs/taro'
import type { ResidentProof, WorkerSignInKind } from '@/services/community/session-identity'

export const LOGIN_FAILED = '微信登录失败，请稍后再试'

export const workerSignInKind: WorkerSignInKind = 'wechat'

export async function wechatLoginCode(): Promise<string> {
  let code: string | undefined
  try {
    code = (await Taro.login()).code
  } catch {
    throw new Error(LOGIN_FAILED)
  }
  if (!code) throw new Error(LOGIN_FAILED)
  return code
}

export async function residentProof(): Promise<ResidentProof> {
  return { wxCode: await wechatLoginCode() }
}

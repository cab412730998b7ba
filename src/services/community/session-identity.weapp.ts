// Mini-program residents are their WeChat account: a fresh wx.login code each time a session is needed, which the
// server exchanges for the openid (so reports follow the account across phones and reinstalls).
import Taro from '@tarojs/taro'
import type { ResidentProof } from '@/services/community/session-identity'

export const LOGIN_FAILED = '微信登录失败，请稍后再试'

export async function residentProof(): Promise<ResidentProof> {
  let code: string | undefined
  try {
    code = (await Taro.login()).code
  } catch {
    throw new Error(LOGIN_FAILED)
  }
  if (!code) throw new Error(LOGIN_FAILED)
  return { wxCode: code }
}

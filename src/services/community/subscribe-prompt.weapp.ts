// In the mini-program: Taro.requestSubscribeMessage shows WeChat's own 允许 / 取消 sheet (only from a tap); each
// template answered 'accept' may be sent once.
import Taro from '@tarojs/taro'
import type { SubscribeAnswer } from './subscribe-prompt'

export const canSubscribe = true

/** Each template id's answer: 'accept', 'reject' or 'ban'. */
type Answers = Record<string, unknown>

/** errCodes where the resident (or their settings) said no, rather than something going wrong. */
const SAID_NO = new Set([20004])

export async function askToSubscribe(templateIds: string[]): Promise<SubscribeAnswer> {
  try {
    // entityIds is Alipay's; WeChat reads tmplIds only.
    const result = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] })) as unknown as Answers
    const accepted = templateIds.filter((id) => result[id] === 'accept')
    return accepted.length > 0 ? { kind: 'accepted', templateIds: accepted } : { kind: 'refused' }
  } catch (error) {
    const code = (error as { errCode?: number } | null)?.errCode
    if (code !== undefined && SAID_NO.has(code)) return { kind: 'refused' }
    return { kind: 'failed', message: '微信暂时无法开启通知，请稍后再试' }
  }
}

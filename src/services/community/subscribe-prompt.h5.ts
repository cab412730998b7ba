// On the web there is no WeChat push: nothing to ask; the app shows progress in its own messages instead.
import type { SubscribeAnswer } from './subscribe-prompt'

export const canSubscribe = false

export const askToSubscribe = async (): Promise<SubscribeAnswer> => ({
  kind: 'failed',
  message: '网页版不能接收微信通知',
})

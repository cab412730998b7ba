// Mini-program: the dialog watches the request the gate keeps and answers it; a request that opened the 隐私政策
// page goes back to the page that asked once answered, where its own message says how it ended.
import Taro from '@tarojs/taro'
import { privacyState } from './privacy-gate'
import type { PrivacyRequest } from './privacy-gate'

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

const current = () => privacyState.pending

export function watchPrivacyRequests(listener: (request: PrivacyRequest | null) => void): () => void {
  privacyState.listeners.add(listener)
  listener(current())
  return () => {
    privacyState.listeners.delete(listener)
  }
}

export function answerPrivacyRequest(answer: 'agree' | 'disagree'): void {
  const waiting = privacyState.pending
  if (!waiting) return
  privacyState.pending = null
  waiting.resolve(answer === 'agree' ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  privacyState.listeners.forEach((listener) => listener(null))
  if (waiting.openedPolicy) Taro.navigateBack().catch(() => undefined)
}

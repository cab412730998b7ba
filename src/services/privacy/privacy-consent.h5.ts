// H5: no privacy authorization to wait for (WeChat's 用户隐私保护指引 is a mini-program thing); the dialog never shows.
import type { PrivacyRequest } from './privacy-gate'

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

export function watchPrivacyRequests(listener: (request: PrivacyRequest | null) => void): () => void {
  listener(null)
  return () => undefined
}

export function answerPrivacyRequest(_answer: 'agree' | 'disagree'): void {
  // Nothing ever waits in a browser.
}

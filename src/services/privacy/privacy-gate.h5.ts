// H5: no privacy authorization to wait for (WeChat's 用户隐私保护指引 is a mini-program thing); the dialog never shows.
import type { PrivacyRequest } from './privacy-gate'

export function listenForPrivacyRequests(): void {
  // Nothing to listen to in a browser.
}

export const privacyState = {
  pending: null,
  listeners: new Set<(request: PrivacyRequest | null) => void>(),
  listening: true,
}

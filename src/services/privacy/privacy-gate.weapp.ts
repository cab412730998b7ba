// Mini-program: wx.onNeedPrivacyAuthorization, registered once (which switches WeChat to the app's own dialog); the
// waiting resolve is kept here and handed to whichever page's dialog the resident answers.
import Taro from '@tarojs/taro'
import type { PrivacyRequest } from './privacy-gate'

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

let pending: { resolve: Resolve; request: PrivacyRequest } | null = null
let listening = false
const listeners = new Set<(request: PrivacyRequest | null) => void>()

const notify = () => listeners.forEach((listener) => listener(pending?.request ?? null))

function listen(): void {
  // Base libraries before 2.32.3 have no privacy guide: nothing to wait for, APIs work as before.
  if (listening || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  listening = true
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    // A second request while one waits (two taps): the first is refused, so no API hangs unanswered.
    pending?.resolve({ event: 'disagree' })
    pending = { resolve, request: { referrer: eventInfo?.referrer ?? '' } }
    resolve({ event: 'exposureAuthorization' })
    notify()
  })
}

export function watchPrivacyRequests(listener: (request: PrivacyRequest | null) => void): () => void {
  listen()
  listeners.add(listener)
  listener(pending?.request ?? null)
  return () => {
    listeners.delete(listener)
  }
}

export function answerPrivacyRequest(answer: 'agree' | 'disagree'): void {
  const waiting = pending
  pending = null
  waiting?.resolve(answer === 'agree' ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  notify()
}

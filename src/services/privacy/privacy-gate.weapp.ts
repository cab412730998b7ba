// Mini-program: wx.onNeedPrivacyAuthorization, registered at app start (which switches WeChat to the app's own
// dialog). The waiting request is kept in `privacyState`; a shown page's dialog gets it (privacy-consent.weapp.ts),
// else the 隐私政策 page is opened to ask. Only this much is in the main package, where budgets.json leaves no room:
// written byte by byte (no ?. or ??, whose ES5 form is long).
import Taro from '@tarojs/taro'
import { PRIVACY_PAGE } from '@/domain/routes'
import type { PrivacyRequest } from './privacy-gate'

/** Shared with privacy-consent.weapp.ts (in the community subpackage, with the dialog). */
export const privacyState: {
  pending: (PrivacyRequest & { resolve: (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void }) | null
  listeners: Set<(request: PrivacyRequest | null) => void>
} = { pending: null, listeners: new Set() }

/** Called once, by app.ts. Base libraries before 2.32.3 have no privacy guide: APIs work as before. */
export function listenForPrivacyRequests(): void {
  const state = privacyState
  if (!Taro.onNeedPrivacyAuthorization) return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    const request = (state.pending = { resolve, openedPolicy: !state.listeners.size })
    if (request.openedPolicy) Taro.navigateTo({ url: `/${PRIVACY_PAGE}` })
    else state.listeners.forEach((listener) => listener(request))
  })
}

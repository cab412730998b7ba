// WeChat's privacy authorization (用户隐私保护指引): when a privacy API (choosing photos, copying) waits for the
// resident's consent, the app shows its own dialog (components/privacy-dialog) and answers with 同意 or 拒绝. A page
// with no dialog of its own (the tabs: the dialog stays out of the weapp main package) opens the 隐私政策 page, which
// asks, and goes back once answered.
// privacy-gate.weapp.ts listens to onNeedPrivacyAuthorization; privacy-gate.h5.ts never asks (a browser has no such
// guide). Taro picks the platform file for the build; this one only declares what both export.

/** A privacy API waiting for consent; `openedPolicy`: the 隐私政策 page was opened to ask (go back once answered). */
export interface PrivacyRequest {
  openedPolicy: boolean
}

/** Where the waiting request is kept, shared with privacy-consent (the dialog's side, outside the main package). */
export declare const privacyState: {
  pending: {
    request: PrivacyRequest
    openedPolicy: boolean
    resolve: (option: { event: string; buttonId?: string }) => void
  } | null
  listeners: Set<(request: PrivacyRequest | null) => void>
}

/** Starts listening for WeChat's privacy requests: once, at app start (app.ts), before any page asks. */
export declare function listenForPrivacyRequests(): void

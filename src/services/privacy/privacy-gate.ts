// WeChat's privacy authorization (用户隐私保护指引): when a privacy API (choosing photos, copying) waits for the
// resident's consent, the app shows its own dialog (components/privacy-dialog) and answers with 同意 or 拒绝.
// privacy-gate.weapp.ts listens to onNeedPrivacyAuthorization; privacy-gate.h5.ts never asks (a browser has no such
// guide). Taro picks the platform file for the build; this one only declares what both export.

/** A privacy API waiting for consent; `referrer` names it (e.g. chooseMedia, setClipboardData). */
export interface PrivacyRequest {
  referrer: string
}

/** The id of the dialog's 同意 button: WeChat checks that the button with this id was tapped before it goes on. */
export declare const PRIVACY_AGREE_BUTTON_ID: string

/** Calls `listener` with the waiting request (or null once it is answered) now and on each change; returns stop. */
export declare function watchPrivacyRequests(listener: (request: PrivacyRequest | null) => void): () => void

/** Answers the waiting request: the API goes on (agree) or fails with "privacy permission is not authorized". */
export declare function answerPrivacyRequest(answer: 'agree' | 'disagree'): void

// The dialog's side of WeChat's privacy authorization (privacy-gate.ts listens): watch the waiting request, answer it.
// privacy-consent.weapp.ts works on the gate's state; privacy-consent.h5.ts never has one. Taro picks the platform
// file for the build; this one only declares what both export.
import type { PrivacyRequest } from './privacy-gate'

/** The id of the dialog's 同意 button: WeChat checks that the button with this id was tapped before it goes on. */
export declare const PRIVACY_AGREE_BUTTON_ID: string

/**
 * A dialog on a shown page: calls `listener` with the waiting request (or null once it is answered) now and on each
 * change; returns stop (call it when the page hides).
 */
export declare function watchPrivacyRequests(listener: (request: PrivacyRequest | null) => void): () => void

/** Answers the waiting request: the API goes on (agree) or fails with "privacy permission is not authorized". */
export declare function answerPrivacyRequest(answer: 'agree' | 'disagree'): void

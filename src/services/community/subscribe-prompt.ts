// Asking WeChat to let the app send a subscription message, whatever the platform: Taro picks subscribe-prompt.weapp.ts
// (requestSubscribeMessage, which WeChat allows only inside a tap) or subscribe-prompt.h5.ts (no WeChat push on the web).

/** What the resident answered: the template ids they accepted, or why nothing was accepted. */
export type SubscribeAnswer =
  | { kind: 'accepted'; templateIds: string[] }
  /** They tapped 取消 / 拒绝, or turned such messages off in the mini-program's settings. */
  | { kind: 'refused' }
  /** WeChat could not ask (an old WeChat, a template it does not know…): `message` says so in Chinese. */
  | { kind: 'failed'; message: string }

/** Whether this platform can have WeChat push messages at all (false in H5). */
export declare const canSubscribe: boolean

/** Asks for these templates; call it only from a tap handler. */
export declare const askToSubscribe: (templateIds: string[]) => Promise<SubscribeAnswer>

// How a resident proves who they are when asking for a session, whatever the platform: Taro picks
// session-identity.weapp.ts (a wx.login code) or session-identity.h5.ts (this browser's device id) for `./session-identity`.

/** The resident's half of POST /api/session: a wx.login code (mini-program) or a device id (H5). */
export type ResidentProof = { wxCode: string } | { deviceId: string }

/** What to send for a new resident session; throws an Error with a Chinese message when it cannot be had. */
export declare const residentProof: () => Promise<ResidentProof>

/** How a worker proves who they are here: a passphrase they set (H5) or their bound WeChat (mini-program). */
export type WorkerSignInKind = 'passphrase' | 'wechat'
export declare const workerSignInKind: WorkerSignInKind

/** A fresh wx.login code for a worker's WeChat sign-in (mini-program); throws an Error in Chinese where there is none. */
export declare const wechatLoginCode: () => Promise<string>

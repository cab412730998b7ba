// Who a wx.login code belongs to: the WeChat account's id in this app (a hash of appid + openid, so the openid itself
// is never stored as an owner or shown, and the same on every phone and reinstall, unlike a device-derived id), with
// the openid kept aside for the calls that need it (content checks, subscription messages). Residents and workers
// bound to a WeChat both use it.
import crypto from 'node:crypto'

/** The account id of an openid: a resident's owner id, or the WeChat a worker account is bound to. */
export const wechatAccountId = (appId: string, openid: string) =>
  `resident-${crypto.createHash('sha256').update(`wechat:${appId}:${openid}`, 'utf8').digest('hex').slice(0, 32)}`

/** What code2Session needs of the WeChat client. */
interface CodeExchange {
  appId: string
  code2Session(code: string): Promise<{ openid: string }>
}

/** Asks WeChat whose code this is (throws WechatError when WeChat refuses). */
export async function wechatIdentity(
  wechat: CodeExchange,
  code: string,
): Promise<{ accountId: string; openid: string }> {
  const { openid } = await wechat.code2Session(code)
  return { accountId: wechatAccountId(wechat.appId, openid), openid }
}

// A resident's owner id from their WeChat openid: a hash, so the openid itself is never stored or shown, and the
// same for every phone and reinstall of that WeChat account (different from any device-derived id).
import crypto from 'node:crypto'

export const wechatResidentId = (appId: string, openid: string) =>
  `resident-${crypto.createHash('sha256').update(`wechat:${appId}:${openid}`, 'utf8').digest('hex').slice(0, 32)}`

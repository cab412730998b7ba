// The content checks as handlers use them. Text (a report's description and place, a notice's title and body) is
// checked with msg_sec_check before anything is stored; photos are handed to media_check_async after upload. Only
// sessions signed in with wx.login have an openid (v2 requires it): H5 residents and workers are not checked, nor is
// anything when WeChat is not configured.
import type { Response } from 'express'
import type { ServerContext } from '../context'
import { openidOf, setPhotoTrace } from '../store/content-checks'
import { CHINA_DAY, hit } from '../store/rate-limits'
import type { Session } from '../store/sessions'
import { WechatError, sendWechatError } from '../wechat'
import { checkText, submitPhotoCheck, type Scene } from '../wechat/content-check'
import { sendError, sendTooMany } from './errors'
import { photoUrlSigner } from './photo-urls'

export const TEXT_REFUSED = '内容可能含有不当信息，未能发送。请修改后再试'
export const TEXT_REFUSED_CODE = 'content-refused'
/** The photo URL WeChat fetches lives this long: WeChat downloads it soon, and answers within 30 minutes. */
export const MEDIA_CHECK_URL_TTL_S = 60 * 60

/** The openid to check this session's content with, or null when its content is not checked. */
export async function checkedOpenid(ctx: ServerContext, session: Session): Promise<string | null> {
  if (!ctx.wechat) return null
  return openidOf(ctx.db, session.tokenHash)
}

/**
 * Whether the text may be stored; when not, the answer has been sent. 'risky' → 422, nothing stored. 'review'
 * (WeChat unsure) is stored: a report reaches only the community's workers, a notice is written by one, and both are
 * read by people who can act on it — refusing would lose a resident's report of a real problem over a classifier's
 * doubt; it is logged with WeChat's trace_id. WeChat out of reach → 503 with Retry-After (fail-closed: no unchecked
 * text is stored while checks are on; the app keeps the text in its outbox and sends it again, so nothing is lost).
 */
export async function textAllowed(
  ctx: ServerContext,
  res: Response,
  session: Session,
  check: { scene: Scene; content: string; title?: string },
): Promise<boolean> {
  const openid = await checkedOpenid(ctx, session)
  if (!openid || !ctx.wechat || !check.content.trim()) return true
  // Counted before WeChat is asked, refused texts included: a sender retrying risky text cannot spend the quota.
  const { textChecksPerDay } = ctx.config.limits
  const today = await hit(ctx.db, `text-checks:${session.subject}`, CHINA_DAY, textChecksPerDay, ctx.now())
  if (today.over) {
    sendTooMany(
      res,
      (wait) => `今天发送的内容已达 ${textChecksPerDay} 次上限：请 ${wait}后再试，急事请拨打 12345`,
      today.retryAfterMs,
    )
    return false
  }
  try {
    const { suggest, traceId } = await checkText(ctx.wechat, { ...check, openid })
    if (suggest === 'risky') {
      ctx.logger.info({ traceId, scene: check.scene }, 'text refused by msg_sec_check (risky)')
      sendError(res, 422, { error: TEXT_REFUSED, code: TEXT_REFUSED_CODE })
      return false
    }
    if (suggest === 'review') ctx.logger.warn({ traceId, scene: check.scene }, 'text stored; msg_sec_check said review')
    return true
  } catch (error) {
    if (!(error instanceof WechatError)) throw error
    sendWechatError(res, error)
    return false
  }
}

/**
 * Hands a stored 'pending' photo to media_check_async with a URL WeChat can fetch (PUBLIC_BASE_URL + a signed path
 * that lives MEDIA_CHECK_URL_TTL_S) and keeps the trace_id its push will name. Throws a WechatError when WeChat
 * cannot take it. A push that came before the trace_id is kept finds no photo; the clean-up refuses the photo a day
 * later (WeChat fetches the URL and judges it in seconds to minutes, well after this returns).
 */
export async function sendPhotoToCheck(
  ctx: ServerContext,
  photo: { id: string; community: string },
  openid: string,
  scene: Scene,
): Promise<void> {
  const wechat = ctx.wechat
  const { publicBase } = ctx.config.wechat ?? {}
  if (!wechat || !publicBase) throw new Error('photo checks need WeChat and PUBLIC_BASE_URL')
  const signer = photoUrlSigner(ctx.config.photoUrlSecret!, MEDIA_CHECK_URL_TTL_S)
  const mediaUrl = publicBase + signer.url(photo.id, photo.community, ctx.now())
  const traceId = await submitPhotoCheck(wechat, { openid, scene, mediaUrl })
  await setPhotoTrace(ctx.db, photo.id, traceId)
}

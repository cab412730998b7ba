// WeChat's content security calls, v2 (both need the sender's openid): msg_sec_check for text, answered at once
// with result.suggest, and media_check_async for a photo, answered later by a push (see handlers/wechat-push.ts).
import type { Wechat } from '.'
import { WechatError } from './errors'

export const MSG_SEC_CHECK_API = '/wxa/msg_sec_check'
export const MEDIA_CHECK_API = '/wxa/media_check_async'

/**
 * The scene WeChat judges the text in (1 资料 / 2 评论 / 3 论坛 / 4 社交日志). A resident's report is a short message
 * to the community's workers about something they saw — closest to a comment (2). A notice is a titled post that
 * every resident of the community reads — a forum post (3). Photos of a report are judged as the report is (2).
 */
export const SCENE = { report: 2, notice: 3 } as const
export type Scene = (typeof SCENE)[keyof typeof SCENE]

export type Suggest = 'pass' | 'review' | 'risky'

const isSuggest = (value: unknown): value is Suggest => value === 'pass' || value === 'review' || value === 'risky'

/** result.suggest of a push or a reply, or null when it has none that WeChat documents. */
export function suggestOf(reply: unknown): Suggest | null {
  const result = (reply as { result?: { suggest?: unknown } } | null)?.result
  return isSuggest(result?.suggest) ? result.suggest : null
}

/** Asks WeChat about one text; throws a WechatError when WeChat cannot say (down, busy, refused the call). */
export async function checkText(
  wechat: Wechat,
  check: { openid: string; scene: Scene; content: string; title?: string },
): Promise<{ suggest: Suggest; traceId: string | null }> {
  const reply = await wechat.postWithToken(MSG_SEC_CHECK_API, {
    content: check.content,
    version: 2,
    scene: check.scene,
    openid: check.openid,
    ...(check.title ? { title: check.title } : {}),
  })
  const suggest = suggestOf(reply)
  if (!suggest) throw new WechatError('unreachable', MSG_SEC_CHECK_API)
  return { suggest, traceId: typeof reply.trace_id === 'string' ? reply.trace_id : null }
}

/** Hands WeChat a photo URL it can fetch (media_type 2: an image); the trace_id its push will name. */
export async function submitPhotoCheck(
  wechat: Wechat,
  check: { openid: string; scene: Scene; mediaUrl: string },
): Promise<string> {
  const reply = await wechat.postWithToken(MEDIA_CHECK_API, {
    media_url: check.mediaUrl,
    media_type: 2,
    version: 2,
    scene: check.scene,
    openid: check.openid,
  })
  // The HTTPS API answers trace_id (the cloud call spells it traceId).
  const traceId = reply.trace_id ?? reply.traceId
  if (typeof traceId !== 'string' || !traceId) throw new WechatError('unreachable', MEDIA_CHECK_API)
  return traceId
}

// WeChat's 消息推送 to this server (configured in 微信公众平台 → 开发管理 → 消息推送: URL PUBLIC_BASE_URL +
// WECHAT_PUSH_PATH, Token WECHAT_PUSH_TOKEN, 明文模式, JSON): GET answers the URL check with echostr, POST takes
// the media_check_async results (event wxa_media_check). Both only with WeChat's signature: sha1 of the sorted token,
// timestamp and nonce; anything else is 403 and changes nothing. An accepted push is answered 'success'.
import crypto from 'node:crypto'
import type { Request, Response } from 'express'
import type { ServerContext } from '../context'
import { sendError } from '../http/errors'
import { settlePhotoCheck } from '../store/content-checks'
import { suggestOf } from '../wechat/content-check'

export const WECHAT_PUSH_PATH = '/api/wechat/push'
const MAX_PUSH_BYTES = 64 * 1024
const BAD_SIGNATURE = '签名无效'

/** WeChat's signature of a push: hex sha1 of token, timestamp and nonce sorted and joined. */
export function pushSignature(token: string, timestamp: string, nonce: string): string {
  return crypto.createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex')
}

/** Whether the query carries a valid signature for this server's push token. */
function signed(ctx: ServerContext, req: Request): boolean {
  const token = ctx.config.wechat?.pushToken
  const { signature, timestamp, nonce } = req.query
  if (!token || typeof signature !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string') {
    return false
  }
  if (!/^[0-9a-f]{40}$/.test(signature) || timestamp.length > 20 || nonce.length > 64) return false
  const expected = pushSignature(token, timestamp, nonce)
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
}

/** GET: WeChat checks the URL when it is saved in the console; the echostr goes back as it came. */
export async function verifyPushUrl(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const echo = req.query.echostr
  if (!signed(ctx, req) || typeof echo !== 'string') return sendError(res, 403, { error: BAD_SIGNATURE })
  res.type('text/plain').send(echo)
}

function readBody(req: Request): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_PUSH_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size <= MAX_PUSH_BYTES ? Buffer.concat(chunks).toString('utf8') : null))
    req.on('error', () => resolve(null))
  })
}

/**
 * POST: one push. A wxa_media_check for one of our pending photos settles it: 'pass' → passed; 'review' or 'risky'
 * → refused (a photo cannot be read in part, and refusing it loses no report: its text still reaches the workers).
 * Anything else is answered 'success' too, so WeChat does not send it again.
 */
export async function receivePush(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  if (!signed(ctx, req)) return sendError(res, 403, { error: BAD_SIGNATURE })
  const text = await readBody(req)
  if (text === null) return sendError(res, 413, { error: '推送内容太大' })
  let push: Record<string, unknown>
  try {
    push = JSON.parse(text) as Record<string, unknown>
  } catch {
    return sendError(res, 400, { error: '推送内容不是 JSON（消息推送的数据格式请选 JSON）' })
  }
  if (push && typeof push === 'object' && typeof push.Encrypt === 'string') {
    ctx.logger.error('WeChat push is encrypted: set 消息推送 to 明文模式 (plain text), JSON')
  } else if (push?.Event === 'wxa_media_check') {
    await mediaCheckResult(ctx, push)
  }
  res.type('text/plain').send('success')
}

async function mediaCheckResult(ctx: ServerContext, push: Record<string, unknown>): Promise<void> {
  const traceId = push.trace_id
  if (typeof traceId !== 'string' || push.appid !== ctx.config.wechat?.appId) {
    ctx.logger.warn({ appid: push.appid }, 'wxa_media_check push for another mini-program or without trace_id')
    return
  }
  const suggest = suggestOf(push)
  if (!suggest) {
    // No verdict (e.g. WeChat could not download the photo): it stays pending and is refused after a day.
    ctx.logger.warn({ traceId, errcode: push.errcode }, 'wxa_media_check push without a result')
    return
  }
  const settled = await settlePhotoCheck(ctx.db, traceId, suggest === 'pass' ? 'passed' : 'refused')
  ctx.logger.info({ traceId, suggest, settled }, 'photo check result')
}

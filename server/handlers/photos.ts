// POST /api/photos (signed in; one file, ≤ 2 MB, read only after the token is checked; decoded and re-encoded as JPEG
// so that anything that is not really an image is refused and EXIF, GPS included, is gone; photo bytes per sender per
// day are capped; handed to WeChat's media_check_async when the sender has an openid) and GET
// /api/photos/:id?exp=&sig= (a report's photo, by a signed URL that expires; never one WeChat refused).
import type { Request, Response } from 'express'
import busboy from 'busboy'
import sharp from 'sharp'
import {
  BODY_LIMIT_BYTES,
  IDEMPOTENT_REPLAY_HEADER,
  PHOTO_UPLOAD_FIELD,
  type PhotoUploadResponse,
} from '../../src/domain/api-contract'
import { MAX_PHOTO_BYTES, photoIdSchema, type PhotoRef } from '../../src/domain/report'
import { parseOrNull } from '../../src/domain/validation'
import type { ServerContext } from '../context'
import { requireSessionOf } from '../http/auth'
import { sendError, sendTooMany } from '../http/errors'
import { PHOTO_CSP } from '../http/page-headers'
import { checkedOpenid, sendPhotoToCheck } from '../http/content-checks'
import { photoUrls, photoUrlsFor } from '../http/photo-urls'
import { bodyHash, idempotencyKey } from '../http/request'
import { claimKey, findKey } from '../store/idempotency'
import { forgetUpload } from '../store/content-checks'
import { findPhoto, insertPhoto } from '../store/photos'
import { WechatError, sendWechatError } from '../wechat'
import { SCENE } from '../wechat/content-check'
import { CHINA_DAY, hit } from '../store/rate-limits'

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
export const PHOTO_TOO_BIG = `照片超过 ${mb(MAX_PHOTO_BYTES)}，请压缩后再传`
export const NOT_AN_IMAGE = '这不是有效的图片：只支持 JPEG、PNG 或 WebP 照片'
const NO_FILE = `请在表单字段 ${PHOTO_UPLOAD_FIELD} 中上传一张照片`
const MAX_PIXELS = 40_000_000
const MAX_SIDE = 2048

type Received = { ok: true; data: Buffer } | { ok: false; status: number; error: string }

/** Reads the one file of a multipart body, stopping at the size limit. */
function receiveFile(req: Request): Promise<Received> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_PHOTO_BYTES, fields: 5, parts: 6 } })
    } catch {
      resolve({ ok: false, status: 400, error: NO_FILE })
      return
    }
    let result: Received = { ok: false, status: 400, error: NO_FILE }
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () => {
        result = { ok: false, status: 413, error: PHOTO_TOO_BIG }
      })
      stream.on('end', () => {
        if (name === PHOTO_UPLOAD_FIELD && result.ok === false && result.status !== 413) {
          result = { ok: true, data: Buffer.concat(chunks) }
        }
      })
    })
    parser.on('close', () => resolve(result))
    parser.on('error', () => resolve({ ok: false, status: 400, error: NO_FILE }))
    req.pipe(parser)
  })
}

/** The photo as a JPEG without metadata, turned upright and at most 2048 px a side; null when it does not decode. */
export async function reencodePhoto(data: Buffer): Promise<Buffer | null> {
  try {
    const image = sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    const { format } = await image.metadata()
    if (format !== 'jpeg' && format !== 'png' && format !== 'webp') return null
    const upright = image
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
    const out = await upright.clone().jpeg({ quality: 82 }).toBuffer()
    return out.length <= MAX_PHOTO_BYTES ? out : await upright.jpeg({ quality: 60 }).toBuffer()
  } catch {
    return null
  }
}

interface Upload {
  scope: string
  key: string | undefined
  hash: string
  id: string
  now: Date
  data: Buffer
  subject: string
  community: string
  /** Set: WeChat checks the photo (stored 'pending'); null: stored 'passed'. */
  openid: string | null
}

type UploadOutcome =
  | { kind: 'stored' | 'replay'; photo: PhotoRef }
  | { kind: 'conflict' | 'invalid' }
  | { kind: 'quota'; retryAfterMs: number }

/** A retried key answers with its photo; otherwise the quota is counted, the bytes decoded, then the photo stored. */
async function storeUpload(ctx: ServerContext, u: Upload): Promise<UploadOutcome> {
  const replay = async (claim: { bodyHash: string; resourceId: string }): Promise<UploadOutcome> => {
    const earlier = claim.bodyHash === u.hash ? await findPhoto(ctx.db, claim.resourceId) : null
    return earlier ? { kind: 'replay', photo: earlier } : { kind: 'conflict' }
  }
  const earlier = u.key === undefined ? null : await findKey(ctx.db, u.scope, u.key)
  if (earlier) return replay(earlier)
  const { photoBytesPerDay } = ctx.config.limits
  const today = await hit(ctx.db, `photo-bytes:${u.subject}`, CHINA_DAY, photoBytesPerDay, u.now, u.data.length)
  if (today.over) return { kind: 'quota', retryAfterMs: today.retryAfterMs }
  // Decoded outside any transaction: no database connection waits on the image work.
  const jpeg = await reencodePhoto(u.data)
  if (!jpeg) return { kind: 'invalid' }
  const stored = await ctx.db.transaction(async (tx) => {
    if (u.key !== undefined) {
      const claim = await claimKey(tx, { scope: u.scope, key: u.key, bodyHash: u.hash, resourceId: u.id, now: u.now })
      if (!claim.claimed) return { lostTo: { bodyHash: claim.bodyHash, resourceId: claim.resourceId } }
    }
    const photo = await insertPhoto(tx, ctx.photoBytes, {
      id: u.id,
      community: u.community,
      ownerId: u.subject,
      type: 'image/jpeg',
      data: jpeg,
      now: u.now,
      check: u.openid ? 'pending' : 'passed',
    })
    return { photo }
  })
  // A concurrent upload with the same key won: answer as its replay.
  if (stored.lostTo) return replay(stored.lostTo)
  return { kind: 'stored', photo: stored.photo! }
}

export async function uploadPhoto(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const key = idempotencyKey(req, res, false)
  if (key === null) return
  const declared = Number(req.get('content-length') ?? 0)
  if (declared > BODY_LIMIT_BYTES.photo) {
    res.set('Connection', 'close')
    return sendError(res, 413, { error: PHOTO_TOO_BIG })
  }
  const received = await receiveFile(req)
  if (!received.ok) {
    if (received.status === 413) res.set('Connection', 'close')
    return sendError(res, received.status, { error: received.error, fields: { [PHOTO_UPLOAD_FIELD]: received.error } })
  }
  const now = ctx.now()
  const hash = bodyHash(received.data.toString('base64'))
  const scope = `photos:${session.subject}`
  const { photoBytesPerDay } = ctx.config.limits
  const id = ctx.newId()
  const openid = await checkedOpenid(ctx, session)
  // Photo results come only by WeChat's push: without its token and a public address, photo checks are off.
  const photoChecks = Boolean(ctx.config.wechat?.pushToken && ctx.config.wechat.publicBase)

  const outcome = await storeUpload(ctx, {
    scope,
    key,
    hash,
    id,
    now,
    data: received.data,
    subject: session.subject,
    community: session.community,
    openid: photoChecks ? openid : null,
  })
  if (outcome.kind === 'stored' && outcome.photo.check === 'pending') {
    try {
      await sendPhotoToCheck(ctx, { id: outcome.photo.id, community: session.community }, openid!, SCENE.report)
    } catch (error) {
      if (!(error instanceof WechatError)) throw error
      // Not checked, not kept: the app keeps the photo in its outbox and uploads it again (same key, anew).
      await forgetUpload(ctx.db, outcome.photo.id, key === undefined ? undefined : { scope, key })
      return sendWechatError(res, error)
    }
  }
  switch (outcome.kind) {
    case 'conflict':
      return sendError(res, 409, { error: '这个 Idempotency-Key 已用于另一张照片：新照片请换一个新的键' })
    case 'quota':
      return sendTooMany(
        res,
        (wait) => `今天上传的照片已达上限（${mb(photoBytesPerDay)}），请 ${wait}后再传`,
        outcome.retryAfterMs,
      )
    case 'invalid':
      return sendError(res, 400, { error: NOT_AN_IMAGE, fields: { [PHOTO_UPLOAD_FIELD]: NOT_AN_IMAGE } })
  }
  const { id: photoId, type, bytes, check } = outcome.photo
  const url = check === 'refused' ? null : photoUrlsFor(ctx, session)(photoId)
  const body: PhotoUploadResponse = { photo: { id: photoId, type, bytes, check, url } }
  if (outcome.kind === 'replay') res.set(IDEMPOTENT_REPLAY_HEADER, 'true')
  res.status(outcome.kind === 'replay' ? 200 : 201).json(body)
}

export const PHOTO_LINK_EXPIRED = '照片链接已过期：请刷新页面后再看'
export const PHOTO_LINK_INVALID = '照片链接无效：请从报告里重新打开照片'
export const PHOTO_REFUSED = '图片未通过安全检测'

/**
 * The photo's bytes for a signed URL (only the reporter and the community's workers are given one): a forged or
 * altered URL, or one for no photo, 403; an expired one 410. Cached privately for the URL's remaining life only.
 */
export async function getPhoto(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  res.set({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': PHOTO_CSP, 'Cache-Control': 'no-store' })
  const id = parseOrNull(photoIdSchema)(req.params.id)
  const meta = id ? await findPhoto(ctx.db, id) : null
  // No photo answers as a forged URL does, so a guessed id says nothing about which ids exist.
  const checked = meta ? photoUrls(ctx.config).check(meta.id, meta.community, req.query, ctx.now()) : null
  if (!meta || !checked || (!checked.ok && checked.why === 'forged')) {
    return sendError(res, 403, { error: PHOTO_LINK_INVALID })
  }
  if (!checked.ok) return sendError(res, 410, { error: PHOTO_LINK_EXPIRED })
  // Refused by WeChat: never served, whoever holds a URL. A pending one is served to the URLs issued while pending:
  // the reporter's own and WeChat's.
  if (meta.check === 'refused') return sendError(res, 403, { error: PHOTO_REFUSED, code: 'photo-refused' })
  const data = await ctx.photoBytes.load(ctx.db, meta.id)
  if (!data) return sendError(res, 404, { error: '找不到这张照片' })
  res.set({ 'Content-Type': meta.type, 'Cache-Control': `private, max-age=${checked.remainingS}` })
  res.send(data)
}

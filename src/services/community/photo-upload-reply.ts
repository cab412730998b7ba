// Shared by both platforms' photo uploads: the request's URL and headers, and the reply (status, JSON body) turned
// into the stored photo or an ApiRequestError as apiRequest would make it.
import { API_PATHS, IDEMPOTENCY_KEY_HEADER, photoUploadResponseSchema, type PhotoView } from '@/domain/api-contract'
import { ApiRequestError, MALFORMED_MESSAGE, errorForStatus, jsonBody } from '@/services/api-client'
import type { PhotoUpload } from './photo-upload'

/** How long one photo (≤ 2 MB) may take on a slow phone network. */
export const PHOTO_UPLOAD_TIMEOUT_MS = 60_000

export const photoUploadUrl = () => `${API_BASE}${API_PATHS.photos}`

export function photoUploadHeaders(upload: PhotoUpload): Record<string, string> {
  return { Authorization: `Bearer ${upload.token}`, [IDEMPOTENCY_KEY_HEADER]: upload.key }
}

/** The photo's MIME type and bytes (base64) from its data URL. */
export function splitDataUrl(dataUrl: string): { type: string; base64: string; ext: string } {
  const comma = dataUrl.indexOf(',')
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'image/jpeg'
  const ext = type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpg'
  return { type, base64: dataUrl.slice(comma + 1), ext }
}

/** The reply to POST /api/photos: the photo (201, or 200 for a replay), else the error to throw. */
export function photoFromReply(status: number, data: unknown, upload: PhotoUpload): PhotoView {
  const body = jsonBody(data)
  const failure = errorForStatus(status, body)
  if (failure) {
    // A refusal names the photo, so the resident knows which one to change; a 5xx stays the plain retry message.
    if (failure.retryable || status === 401) throw failure
    throw new ApiRequestError(`第 ${upload.number} 张照片：${failure.message}`, status, false, failure.fields)
  }
  const parsed = photoUploadResponseSchema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError(MALFORMED_MESSAGE, status, true)
  return parsed.data.photo
}

// H5: a report photo goes up as multipart/form-data built by the browser (FormData with a Blob made from the data URL),
// sent with fetch; a rejected fetch counts as no answer (offline), a timeout as such.
import { PHOTO_UPLOAD_FIELD, type PhotoView } from '@/domain/api-contract'
import { ApiRequestError, TIMEOUT_MESSAGE, noAnswerError } from '@/services/api-client'
import type { PhotoUpload } from './photo-upload'
import {
  PHOTO_UPLOAD_TIMEOUT_MS,
  photoFromReply,
  photoUploadHeaders,
  photoUploadUrl,
  splitDataUrl,
} from './photo-upload-reply'

function blobOf(dataUrl: string): { blob: Blob; ext: string } {
  const { type, base64, ext } = splitDataUrl(dataUrl)
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return { blob: new Blob([bytes], { type }), ext }
}

export async function uploadPhoto(upload: PhotoUpload): Promise<PhotoView> {
  const { blob, ext } = blobOf(upload.dataUrl)
  const form = new FormData()
  form.append(PHOTO_UPLOAD_FIELD, blob, `photo-${upload.number}.${ext}`)
  const controller = typeof AbortController === 'function' ? new AbortController() : null
  const timer = controller ? setTimeout(() => controller.abort(), PHOTO_UPLOAD_TIMEOUT_MS) : null
  let response: Response
  let text: string
  try {
    // No Content-Type of our own: the browser writes multipart/form-data with its boundary.
    response = await fetch(photoUploadUrl(), {
      method: 'POST',
      headers: photoUploadHeaders(upload),
      body: form,
      signal: controller?.signal,
    })
    text = await response.text()
  } catch (error) {
    if (controller?.signal.aborted) throw new ApiRequestError(TIMEOUT_MESSAGE, null, true)
    throw noAnswerError(error)
  } finally {
    if (timer) clearTimeout(timer)
  }
  return photoFromReply(response.status, text, upload)
}

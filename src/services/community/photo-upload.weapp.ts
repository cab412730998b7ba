// Mini-program: a report photo is written to a temporary file (the data URL's base64) and sent with Taro.uploadFile
// in PHOTO_UPLOAD_FIELD; uploadFile succeeds for any status and hands back the body as a string, so both are checked.
import Taro from '@tarojs/taro'
import { PHOTO_UPLOAD_FIELD, type PhotoView } from '@/domain/api-contract'
import { noAnswerError } from '@/services/api-client'
import type { PhotoUpload } from './photo-upload'
import {
  PHOTO_UPLOAD_TIMEOUT_MS,
  photoFromReply,
  photoUploadHeaders,
  photoUploadUrl,
  splitDataUrl,
} from './photo-upload-reply'

function writeTempFile(upload: PhotoUpload): Promise<string> {
  const { base64, ext } = splitDataUrl(upload.dataUrl)
  const safeKey = upload.key.replace(/[^A-Za-z0-9_-]/g, '_')
  const filePath = `${Taro.env.USER_DATA_PATH}/upload-${safeKey}.${ext}`
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(filePath),
      fail: reject,
    }),
  )
}

export async function uploadPhoto(upload: PhotoUpload): Promise<PhotoView> {
  let filePath: string
  try {
    filePath = await writeTempFile(upload)
  } catch {
    throw new Error(`第 ${upload.number} 张照片无法准备上传（存储空间不足？），请稍后重试`)
  }
  let reply: Taro.uploadFile.SuccessCallbackResult
  try {
    reply = await Taro.uploadFile({
      url: photoUploadUrl(),
      filePath,
      name: PHOTO_UPLOAD_FIELD,
      header: photoUploadHeaders(upload),
      timeout: PHOTO_UPLOAD_TIMEOUT_MS,
    })
  } catch (error) {
    throw noAnswerError(error)
  } finally {
    Taro.getFileSystemManager().unlink({ filePath, fail: () => undefined })
  }
  return photoFromReply(reply.statusCode, reply.data, upload)
}

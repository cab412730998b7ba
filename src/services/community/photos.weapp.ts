// Mini-program: report photos from chooseMedia (images only), compressed with compressImage and read back as base64 until they fit
// (photo-fit.ts); an <Image> shows files written for them.
import Taro from '@tarojs/taro'
import { sniffPhotoType } from '@/domain/report'
import { classifyFailure } from '@/services/platform-outcome'
import { fitPhoto, KEEP_ORIGINAL_BYTES, notAnImage, scaled, type Encoder, type PickedPhoto } from './photo-fit'
import type { PhotoChoice } from './photos'

function readBase64(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: reject,
    })
  })
}

async function dataUrlOf(filePath: string): Promise<string> {
  const base64 = await readBase64(filePath)
  const type = sniffPhotoType(base64)
  if (!type) throw new Error('not an image')
  return `data:${type};base64,${base64}`
}

async function photoFromFile(file: { tempFilePath: string; size: number }, index: number): Promise<PickedPhoto> {
  const name = `第 ${index + 1} 张所选照片`
  let info: Taro.getImageInfo.SuccessCallbackResult
  try {
    info = await Taro.getImageInfo({ src: file.tempFilePath })
  } catch {
    return { ok: false, message: notAnImage(name) }
  }
  const encode: Encoder = async (maxSide, quality) => {
    const { width } = scaled(info.width, info.height, maxSide)
    const { tempFilePath } = await Taro.compressImage({
      src: file.tempFilePath,
      quality: Math.round(quality * 100),
      compressedWidth: width,
    })
    return dataUrlOf(tempFilePath)
  }
  const original = file.size <= KEEP_ORIGINAL_BYTES ? await dataUrlOf(file.tempFilePath).catch(() => null) : null
  return fitPhoto(name, encode, original)
}

const previewFiles = new Map<string, string>()
let previewCount = 0

/**
 * What an <Image> can show for photos held as data URLs: files written for them (one setData carries at most 256 KB,
 * and a photo's data URL can be several times that). Files of photos no longer in the list are deleted.
 */
export async function photoPreviews(dataUrls: readonly string[]): Promise<string[]> {
  const fs = Taro.getFileSystemManager()
  for (const [dataUrl, filePath] of previewFiles) {
    if (dataUrls.includes(dataUrl)) continue
    previewFiles.delete(dataUrl)
    fs.unlink({ filePath, fail: () => undefined })
  }
  return Promise.all(
    dataUrls.map(async (dataUrl) => {
      const known = previewFiles.get(dataUrl)
      if (known) return known
      const comma = dataUrl.indexOf(',')
      const ext = dataUrl.startsWith('data:image/png') ? 'png' : dataUrl.startsWith('data:image/webp') ? 'webp' : 'jpg'
      const filePath = `${Taro.env.USER_DATA_PATH}/report-photo-${Date.now()}-${previewCount++}.${ext}`
      await new Promise<void>((resolve, reject) =>
        fs.writeFile({
          filePath,
          data: dataUrl.slice(comma + 1),
          encoding: 'base64',
          success: () => resolve(),
          fail: reject,
        }),
      )
      previewFiles.set(dataUrl, filePath)
      return filePath
    }),
  )
}

/**
 * Lets the resident choose up to `count` photos (chooseMedia: chooseImage is no longer maintained); each comes back as
 * a data URL that fits, or why not. A picker that did not open or was closed says whether the resident cancelled, did
 * not allow it (privacy guide refused, album/camera permission denied) or it failed.
 */
export async function choosePhotos(count: number): Promise<PhotoChoice> {
  if (count <= 0) return { ok: true, photos: [] }
  let chosen: Taro.chooseMedia.SuccessCallbackResult
  try {
    chosen = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
    })
  } catch (error) {
    return { ok: false, refusal: classifyFailure(error) }
  }
  return { ok: true, photos: await Promise.all(chosen.tempFiles.slice(0, count).map(photoFromFile)) }
}

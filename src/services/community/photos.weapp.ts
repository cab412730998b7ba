// Mini-program: report photos from chooseImage, compressed with compressImage and read back as base64 until they fit
// (photo-fit.ts); an <Image> shows files written for them.
import Taro from '@tarojs/taro'
import { sniffPhotoType } from '@/domain/report'
import { fitPhoto, KEEP_ORIGINAL_BYTES, notAnImage, scaled, type Encoder, type PickedPhoto } from './photo-fit'

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

async function photoFromFile(file: { path: string; size: number }, index: number): Promise<PickedPhoto> {
  const name = `第 ${index + 1} 张所选照片`
  let info: Taro.getImageInfo.SuccessCallbackResult
  try {
    info = await Taro.getImageInfo({ src: file.path })
  } catch {
    return { ok: false, message: notAnImage(name) }
  }
  const encode: Encoder = async (maxSide, quality) => {
    const { width } = scaled(info.width, info.height, maxSide)
    const { tempFilePath } = await Taro.compressImage({
      src: file.path,
      quality: Math.round(quality * 100),
      compressedWidth: width,
    })
    return dataUrlOf(tempFilePath)
  }
  const original = file.size <= KEEP_ORIGINAL_BYTES ? await dataUrlOf(file.path).catch(() => null) : null
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

/** Lets the resident choose up to `count` photos; each comes back as a data URL that fits, or why not. */
export async function choosePhotos(count: number): Promise<PickedPhoto[]> {
  if (count <= 0) return []
  let chosen: Taro.chooseImage.SuccessCallbackResult
  try {
    chosen = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch {
    return [] // cancelled
  }
  return Promise.all(chosen.tempFiles.slice(0, count).map(photoFromFile))
}

// Photos for a report: the platform's picker (weapp: chooseImage + compressImage + readFile as base64; H5: a file
// input + canvas), each photo shrunk until it fits 2 MB and checked to be a real image; a file that cannot be used
// comes back with a Chinese message naming it, the others are kept.
import Taro from '@tarojs/taro'
import { MAX_PHOTO_BYTES, parsePhotoDataUrl, sniffPhotoType } from '@/domain/report'

export type PickedPhoto = { ok: true; dataUrl: string } | { ok: false; message: string }

/** Draws the photo with its longer side at most `maxSide` px as a JPEG of `quality` (0–1): a data URL. */
export type Encoder = (maxSide: number, quality: number) => Promise<string>

/** Tried in order until the photo fits in 2 MB. */
export const COMPRESSION_STEPS = [
  { maxSide: 1600, quality: 0.82 },
  { maxSide: 1280, quality: 0.7 },
  { maxSide: 1024, quality: 0.55 },
] as const

/** An original this small, in a format the API takes, is sent as it is. */
export const KEEP_ORIGINAL_BYTES = 512 * 1024

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const notAnImage = (name: string) => `${name}不是图片（请选 JPEG、PNG 或 WebP 照片），未添加`
const tooBig = (name: string, bytes: number) =>
  `${name}压缩后仍有 ${mb(bytes)} MB，超过 ${mb(MAX_PHOTO_BYTES)} MB，未添加，请换一张`

/**
 * The photo as a data URL the API accepts: `original` when it is already small and a real image, else encoded step by
 * step until it fits. `name` says which photo in a message (「门口.jpg」, 第 2 张所选照片).
 */
export async function fitPhoto(name: string, encode: Encoder, original: string | null = null): Promise<PickedPhoto> {
  if (original) {
    const parsed = parsePhotoDataUrl(original)
    if (parsed.ok && parsed.photo.bytes <= KEEP_ORIGINAL_BYTES) return { ok: true, dataUrl: original }
  }
  let bytes = 0
  for (const step of COMPRESSION_STEPS) {
    let dataUrl: string
    try {
      dataUrl = await encode(step.maxSide, step.quality)
    } catch {
      return { ok: false, message: notAnImage(name) }
    }
    const parsed = parsePhotoDataUrl(dataUrl)
    if (parsed.ok) return { ok: true, dataUrl }
    if (parsed.problem !== 'size') return { ok: false, message: notAnImage(name) }
    bytes = ((dataUrl.length - dataUrl.indexOf(',') - 1) / 4) * 3
  }
  return { ok: false, message: tooBig(name, bytes) }
}

/** The longer side scaled down to `maxSide` (never up). */
function scaled(width: number, height: number, maxSide: number): { width: number; height: number } {
  const ratio = Math.min(1, maxSide / Math.max(width, height, 1))
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) }
}

// ---- H5 ----------------------------------------------------------------------------------------------------------

/**
 * A file input of our own rather than Taro.chooseImage: Taro's H5 version drops a file it cannot load as an image
 * with only a console.error, so the resident would never learn why nothing was added.
 */
function pickFilesH5(count: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = count > 1
    input.setAttribute('aria-hidden', 'true')
    input.style.cssText = 'position:fixed;left:-3000px;top:-4000px;'
    const done = (files: File[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => done([...(input.files ?? [])]))
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}

function readFileH5(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

function loadImageH5(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file)
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('not an image'))
    img.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

async function photoFromFileH5(file: File): Promise<PickedPhoto> {
  const name = `「${file.name || '所选文件'}」`
  if (file.type && !file.type.startsWith('image/')) return { ok: false, message: notAnImage(name) }
  let img: HTMLImageElement
  try {
    img = await loadImageH5(file)
  } catch {
    return { ok: false, message: notAnImage(name) }
  }
  const encode: Encoder = async (maxSide, quality) => {
    const size = scaled(img.naturalWidth, img.naturalHeight, maxSide)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no canvas')
    ctx.fillStyle = '#fff' // a transparent PNG becomes a JPEG on white, not black
    ctx.fillRect(0, 0, size.width, size.height)
    ctx.drawImage(img, 0, 0, size.width, size.height)
    return canvas.toDataURL('image/jpeg', quality)
  }
  const original = file.size <= KEEP_ORIGINAL_BYTES ? await readFileH5(file).catch(() => null) : null
  return fitPhoto(name, encode, original)
}

// ---- weapp -------------------------------------------------------------------------------------------------------

function readBase64Weapp(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: reject,
    })
  })
}

async function dataUrlWeapp(filePath: string): Promise<string> {
  const base64 = await readBase64Weapp(filePath)
  const type = sniffPhotoType(base64)
  if (!type) throw new Error('not an image')
  return `data:${type};base64,${base64}`
}

async function photoFromFileWeapp(file: { path: string; size: number }, index: number): Promise<PickedPhoto> {
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
    return dataUrlWeapp(tempFilePath)
  }
  const original = file.size <= KEEP_ORIGINAL_BYTES ? await dataUrlWeapp(file.path).catch(() => null) : null
  return fitPhoto(name, encode, original)
}

const previewFiles = new Map<string, string>()
let previewCount = 0

/**
 * What an <Image> can show for photos held as data URLs: the URLs themselves in H5; in weapp files written for them
 * (one setData carries at most 256 KB, and a photo's data URL can be several times that). Files of photos no longer
 * in the list are deleted.
 */
export async function photoPreviews(dataUrls: readonly string[]): Promise<string[]> {
  if (process.env.TARO_ENV === 'h5') return [...dataUrls]
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
  if (process.env.TARO_ENV === 'h5') {
    // The browser lets a person pick any number: every file is checked (so each bad one is named), the first `count`
    // good ones are kept.
    const picked = await Promise.all((await pickFilesH5(count)).slice(0, 9).map(photoFromFileH5))
    let room = count
    const kept = picked.filter((p) => !p.ok || room-- > 0)
    const extra = picked.length - kept.length
    return extra > 0 ? [...kept, { ok: false, message: `最多还能添加 ${count} 张，多选的 ${extra} 张未添加` }] : kept
  }
  let chosen: Taro.chooseImage.SuccessCallbackResult
  try {
    chosen = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch {
    return [] // cancelled
  }
  return Promise.all(chosen.tempFiles.slice(0, count).map(photoFromFileWeapp))
}

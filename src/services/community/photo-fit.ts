// Fitting one report photo into 2 MB, whatever the platform: the original when it is small and a real image, else
// encoded smaller step by step; the messages that name a photo which cannot be used. photos.h5.ts and photos.weapp.ts
// pick the photos and encode them.
import { MAX_PHOTO_BYTES, parsePhotoDataUrl } from '@/domain/report'

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
export const notAnImage = (name: string) => `${name}不是图片（请选 JPEG、PNG 或 WebP 照片），未添加`
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
export function scaled(width: number, height: number, maxSide: number): { width: number; height: number } {
  const ratio = Math.min(1, maxSide / Math.max(width, height, 1))
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) }
}

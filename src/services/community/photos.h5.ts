// H5: report photos from a file input of our own, each drawn on a canvas and encoded as a JPEG until it fits
// (photo-fit.ts); an <Image> shows the data URLs themselves.
import { classifyFailure } from '@/services/platform-outcome'
import { fitPhoto, KEEP_ORIGINAL_BYTES, notAnImage, scaled, type Encoder, type PickedPhoto } from './photo-fit'
import type { PhotoChoice } from './photos'

/**
 * A file input of our own rather than Taro.chooseImage: Taro's H5 version drops a file it cannot load as an image
 * with only a console.error, so the resident would never learn why nothing was added.
 */
function pickFiles(count: number): Promise<File[]> {
  return new Promise((resolve, reject) => {
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
    try {
      input.click()
    } catch (error) {
      input.remove()
      reject(error)
    }
  })
}

function readFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

function loadImage(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file)
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('not an image'))
    img.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

async function photoFromFile(file: File): Promise<PickedPhoto> {
  const name = `「${file.name || '所选文件'}」`
  if (file.type && !file.type.startsWith('image/')) return { ok: false, message: notAnImage(name) }
  let img: HTMLImageElement
  try {
    img = await loadImage(file)
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
  const original = file.size <= KEEP_ORIGINAL_BYTES ? await readFile(file).catch(() => null) : null
  return fitPhoto(name, encode, original)
}

/** What an <Image> can show for photos held as data URLs: the data URLs themselves. */
export async function photoPreviews(dataUrls: readonly string[]): Promise<string[]> {
  return [...dataUrls]
}

/**
 * Lets the resident choose up to `count` photos; each comes back as a data URL that fits, or why not. A browser that
 * refuses the file picker is 未获授权 or 失败; closing it with nothing chosen is 已取消.
 */
export async function choosePhotos(count: number): Promise<PhotoChoice> {
  if (count <= 0) return { ok: true, photos: [] }
  let files: File[]
  try {
    files = await pickFiles(count)
  } catch (error) {
    return { ok: false, refusal: classifyFailure(error) }
  }
  if (files.length === 0) return { ok: false, refusal: { kind: 'cancelled' } }
  // The browser lets a person pick any number: every file is checked (so each bad one is named), the first `count`
  // good ones are kept.
  const picked = await Promise.all(files.slice(0, 9).map(photoFromFile))
  let room = count
  const kept = picked.filter((p) => !p.ok || room-- > 0)
  const extra = picked.length - kept.length
  const photos =
    extra > 0 ? [...kept, { ok: false as const, message: `最多还能添加 ${count} 张，多选的 ${extra} 张未添加` }] : kept
  return { ok: true, photos }
}

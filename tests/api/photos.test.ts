/**
 * @jest-environment node
 */
// Report photos as files: checked by decoding (a JPEG header on junk is refused), re-encoded without EXIF, ≤ 2 MB,
// idempotent when the outbox retries, and served privately with nosniff.
import sharp from 'sharp'
import { MAX_PHOTO_BYTES } from '@/domain/report'
import { jpegBytes, startApi, type TestApi } from './support/api-server'

let api: TestApi
let resident: string
beforeEach(async () => {
  api = await startApi()
  resident = await api.residentToken()
})
afterEach(() => api.close())

it('stores a real photo as a JPEG without its EXIF (names, places), and serves it only privately', async () => {
  const original = await jpegBytes(120, { exif: true })
  expect(original.toString('latin1')).toContain('secret-name')
  const res = await api.uploadPhoto(resident, original)
  expect(res.status).toBe(201)
  expect(res.body.photo.type).toBe('image/jpeg')
  expect(res.body.photo.url).toMatch(new RegExp(`^/api/photos/${res.body.photo.id}\\?exp=\\d+&sig=[\\w-]{43}$`))
  const served = await fetch(api.base + res.body.photo.url)
  const bytes = Buffer.from(await served.arrayBuffer())
  expect(bytes.toString('latin1')).not.toContain('secret-name')
  expect(bytes.toString('latin1')).not.toContain('GPS')
  expect((await sharp(bytes).metadata()).exif).toBeUndefined()
  expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  expect(served.headers.get('cache-control')).toMatch(/^private/)
})

it('refuses bytes that only look like an image, a file over 2 MB, and a body without a photo field', async () => {
  const fake = Buffer.alloc(5000)
  fake.set([0xff, 0xd8, 0xff, 0xe0])
  expect(await api.uploadPhoto(resident, fake)).toMatchObject({
    status: 400,
    body: { error: '这不是有效的图片：只支持 JPEG、PNG 或 WebP 照片' },
  })
  const huge = Buffer.concat([await jpegBytes(64), Buffer.alloc(MAX_PHOTO_BYTES)])
  expect(await api.uploadPhoto(resident, huge)).toMatchObject({
    status: 413,
    body: { error: '照片超过 2.0 MB，请压缩后再传' },
  })
  const form = new FormData()
  form.append('picture', new Blob([new Uint8Array(await jpegBytes(32))]), 'x.jpg')
  expect((await api.call('POST', '/api/photos', { token: resident, raw: form })).status).toBe(400)
  expect((await api.call('POST', '/api/photos', { token: resident, body: { photo: 'x' } })).status).toBe(400)
  expect(await api.count('photos')).toBe(0)
})

it('a PNG is accepted and stored upright as a JPEG', async () => {
  const png = await sharp({
    create: { width: 30, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .png()
    .toBuffer()
  const res = await api.uploadPhoto(resident, png, { type: 'image/png' })
  expect(res.status).toBe(201)
  const served = Buffer.from(await (await fetch(api.base + res.body.photo.url)).arrayBuffer())
  expect(await sharp(served).metadata()).toMatchObject({ format: 'jpeg', width: 30, height: 20 })
})

it('an upload retried with its Idempotency-Key is stored once', async () => {
  const photo = await jpegBytes(50)
  const first = await api.uploadPhoto(resident, photo, { key: 'outbox-1.photo.0' })
  const again = await api.uploadPhoto(resident, photo, { key: 'outbox-1.photo.0' })
  expect([first.status, again.status]).toEqual([201, 200])
  expect(again.body.photo.id).toBe(first.body.photo.id)
  expect((await api.uploadPhoto(resident, await jpegBytes(51), { key: 'outbox-1.photo.0' })).status).toBe(409)
  expect(await api.count('photos')).toBe(1)
})

it('needs a signed-in sender', async () => {
  expect((await api.uploadPhoto('', await jpegBytes(32))).status).toBe(401)
})

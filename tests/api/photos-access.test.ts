/**
 * @jest-environment node
 */
// Who can see a report's photo: the reporter and the community's workers get signed URLs that work for minutes;
// another resident gets none, and a guessed, forged, altered or expired URL is refused — on the real server.
import { reportListResponseSchema } from '@/domain/api-contract'
import { readConfig } from '../../server/config'
import { photoUrlSigner } from '../../server/http/photo-urls'
import { MINUTE, jpegBytes, startApi, type TestApi } from './support/api-server'

const SECRET = 'a-shared-photo-url-secret-of-32-or-more-characters'

let api: TestApi
let worker: string
let alice: string
let bob: string
beforeEach(async () => {
  api = await startApi({ config: { photoUrlSecret: SECRET } })
  worker = await api.workerToken()
  alice = await api.residentToken('alice-phone-0123456789')
  bob = await api.residentToken('bob-phone-0123456789ab')
})
afterEach(() => api.close())

/** Alice reports with one photo; the id and the URL her answer gave her. */
async function aliceReportsWithAPhoto(): Promise<{ id: string; url: string }> {
  const photo = (await api.uploadPhoto(alice, await jpegBytes(48))).body.photo
  const res = await api.call('POST', '/api/reports', {
    token: alice,
    body: { category: '设施报修', description: '路灯不亮', place: '湖边步道', photoIds: [photo.id] },
  })
  expect(res.status).toBe(201)
  return { id: photo.id, url: res.body.report.photos[0].url }
}

async function photoUrls(token: string): Promise<string[]> {
  const res = await api.call('GET', '/api/reports', { token })
  expect(res.status).toBe(200)
  return reportListResponseSchema
    .parse(res.body)
    .reports.flatMap((r) => r.photos.flatMap((p) => (p.url ? [p.url] : [])))
}

const get = (url: string) => fetch(api.base + url)
const maxAge = (res: Response) => Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1])

it('the reporter gets a signed URL for her photo, served privately, sandboxed and never sniffed', async () => {
  const { id } = await aliceReportsWithAPhoto()
  const [url] = await photoUrls(alice)
  expect(url).toMatch(new RegExp(`^/api/photos/${id}\\?exp=\\d+&sig=[\\w-]{43}$`))
  const res = await get(url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/jpeg')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  expect(res.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/)
  expect(res.headers.get('cache-control')).not.toMatch(/public/)
  // Cached no longer than the URL lives: the default PHOTO_URL_TTL_S is 600 s (plus a minute of rounding).
  expect(maxAge(res)).toBeGreaterThanOrEqual(600)
  expect(maxAge(res)).toBeLessThanOrEqual(660)
})

it('another resident is given no URL, and a guessed or forged one is refused (403)', async () => {
  const { id } = await aliceReportsWithAPhoto()
  expect(await photoUrls(bob)).toEqual([])
  const refused = async (path: string) => {
    const res = await get(path)
    expect([res.status, (await res.json()).error]).toEqual([403, '照片链接无效：请从报告里重新打开照片'])
    expect(res.headers.get('cache-control')).toBe('no-store')
  }
  await refused(`/api/photos/${id}`)
  await refused(`/api/photos/${id}?exp=9999999999`)
  await refused(`/api/photos/${id}?exp=9999999999&sig=${'A'.repeat(43)}`)
  // A URL signed with some other key, or for another community, does not work here either.
  const other = photoUrlSigner('some-other-secret-of-32-or-more-characters!', 600)
  await refused(other.url(id, 'yuewanhu', api.clock.now))
  await refused(photoUrlSigner(SECRET, 600).url(id, 'another-community', api.clock.now))
  // An id that names no photo answers the same, so guessing says nothing about which ids exist.
  await refused(photoUrlSigner(SECRET, 600).url('aaaaaaaaaaaaaaaaaaaaaa', 'yuewanhu', api.clock.now))
})

it('a worker of the community gets working URLs, in the list and in the answer to their update', async () => {
  const { id } = await aliceReportsWithAPhoto()
  const [listed] = await photoUrls(worker)
  expect((await get(listed)).status).toBe(200)
  const [report] = (await api.call('GET', '/api/reports', { token: worker })).body.reports
  const patched = await api.call('PATCH', `/api/reports/${report.id}`, {
    token: worker,
    body: { status: 'accepted' },
  })
  expect(patched.status).toBe(200)
  expect(patched.body.report.photos[0].id).toBe(id)
  expect((await get(patched.body.report.photos[0].url)).status).toBe(200)
})

it('an expired URL is refused with 410, and a fresh list gives a new one that works', async () => {
  await aliceReportsWithAPhoto()
  const [url] = await photoUrls(alice)
  api.clock.advance(9 * MINUTE)
  const late = await get(url)
  expect(late.status).toBe(200)
  expect(maxAge(late)).toBeLessThanOrEqual(120)
  api.clock.advance(2 * MINUTE)
  const expired = await get(url)
  expect([expired.status, (await expired.json()).error]).toEqual([410, '照片链接已过期：请刷新页面后再看'])
  const [fresh] = await photoUrls(alice)
  expect(fresh).not.toBe(url)
  expect((await get(fresh)).status).toBe(200)
})

it('a URL with its signature, expiry or photo id changed is refused (403)', async () => {
  const { id: first } = await aliceReportsWithAPhoto()
  const { id: second } = await aliceReportsWithAPhoto()
  const urls = await photoUrls(alice)
  const url = new URL(
    urls.find((u) => u.includes(first))!,
    api.base,
  )
  const sig = url.searchParams.get('sig')!
  const exp = url.searchParams.get('exp')!
  const flip = (c: string) => (c === 'A' ? 'B' : 'A')
  const tampered = [
    `/api/photos/${first}?exp=${exp}&sig=${flip(sig[0])}${sig.slice(1)}`,
    // The last character: base64url decoding would ignore its spare bits; the server compares the text.
    `/api/photos/${first}?exp=${exp}&sig=${sig.slice(0, -1)}${flip(sig.slice(-1))}`,
    `/api/photos/${first}?exp=${Number(exp) + 3600}&sig=${sig}`,
    `/api/photos/${second}?exp=${exp}&sig=${sig}`,
    `/api/photos/${first}?exp=${exp}&sig=${sig}x`,
  ]
  for (const path of tampered) expect([path, (await get(path)).status]).toEqual([path, 403])
  expect((await get(url.pathname + url.search)).status).toBe(200)
})

it('URLs of one process work on another with the same PHOTO_URL_SECRET, and PHOTO_URL_TTL_S sets their life', async () => {
  await aliceReportsWithAPhoto()
  const [url] = await photoUrls(alice)
  const shared = await startApi({ keepData: true, config: { photoUrlSecret: SECRET, photoUrlTtlS: 60 } })
  const ownKey = await startApi({ keepData: true })
  try {
    expect((await fetch(shared.base + url)).status).toBe(200)
    expect((await fetch(ownKey.base + url)).status).toBe(403)
    const [short] = (await shared.call('GET', '/api/reports', { token: alice })).body.reports[0].photos
    const res = await fetch(shared.base + short.url)
    expect(res.status).toBe(200)
    expect(maxAge(res)).toBeLessThanOrEqual(66)
  } finally {
    await shared.close()
    await ownKey.close()
  }
})

it('reads PHOTO_URL_SECRET (at least 32 characters) and PHOTO_URL_TTL_S from the environment', () => {
  const read = (env: Record<string, string>) => readConfig(env as NodeJS.ProcessEnv, { dataDir: '/x' })
  expect(read({})).toMatchObject({ photoUrlSecret: null, photoUrlTtlS: 600 })
  expect(read({ PHOTO_URL_SECRET: SECRET, PHOTO_URL_TTL_S: '300' })).toMatchObject({
    photoUrlSecret: SECRET,
    photoUrlTtlS: 300,
  })
  expect(() => read({ PHOTO_URL_SECRET: 'short' })).toThrow('PHOTO_URL_SECRET 至少 32 个字符')
  expect(() => read({ PHOTO_URL_TTL_S: '-5' })).toThrow('PHOTO_URL_TTL_S')
})

/**
 * @jest-environment node
 */
// What the H5 service worker keeps for a resident who goes offline: public API reads (network first, the last answer
// when there is none), never a write, a photo's signed URL, a session or anyone's answers that needed a token; an
// answer from that cache is marked (api-errors.test.ts: the screens that keep their own copy show that one, 更新于).
import { cachedApiRead, markOfflineCopy } from '../../config/sw'

const ORIGIN = 'http://127.0.0.1:8080'
Object.assign(globalThis, { self: { location: { origin: ORIGIN } } })

const read = (path: string, headers: Record<string, string> = {}) =>
  cachedApiRead({ url: new URL(path, ORIGIN), request: new Request(new URL(path, ORIGIN), { headers }) })

describe('which reads the service worker keeps', () => {
  it('keeps the public reads: notices, a notice, verified facts, the privacy policy', () => {
    for (const path of [
      '/api/notices?limit=20',
      '/api/notices/abc',
      '/api/verified-facts?community=x',
      '/api/privacy',
    ]) {
      expect(read(path)).toBe(true)
    }
  })

  it('never keeps photos, sessions, health checks, other sites or a request with a token', () => {
    expect(read('/api/photos/p1?exp=1&sig=abc')).toBe(false)
    expect(read('/api/session')).toBe(false)
    expect(read('/api/health')).toBe(false)
    expect(read('/api/reports', { Authorization: 'Bearer t' })).toBe(false)
    expect(read('/index.html')).toBe(false)
    expect(
      cachedApiRead({
        url: new URL('https://other.example/api/notices'),
        request: new Request('https://other.example/api/notices'),
      }),
    ).toBe(false)
  })

  it('marks an answer from the cache with the time the server gave it', async () => {
    const cached = new Response('{"ok":true}', { headers: { Date: 'Wed, 02 Dec 2026 06:05:00 GMT' } })
    const marked = await markOfflineCopy.cachedResponseWillBeUsed({ cachedResponse: cached })
    expect(marked?.headers.get('X-Offline-Copy')).toBe('Wed, 02 Dec 2026 06:05:00 GMT')
    expect(await marked?.text()).toBe('{"ok":true}')
    expect(await markOfflineCopy.cachedResponseWillBeUsed({})).toBeNull()
  })
})

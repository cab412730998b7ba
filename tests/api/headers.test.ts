/**
 * @jest-environment node
 */
// The H5 pages the server hands out carry a Content-Security-Policy that lets only their own inline script run (by its
// sha256, read from index.html), refuses framing, and sends nosniff and a strict referrer policy.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { createHttpApp } from '../../server/server'
import { startApi, type TestApi } from './support/api-server'

const INLINE = 'document.documentElement.style.fontSize="20px"'
const PAGE = `<!doctype html><html><head><script>${INLINE}</script><script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>`

let api: TestApi
let dir: string
beforeEach(async () => {
  api = await startApi()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'))
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE)
  fs.mkdirSync(path.join(dir, 'js'))
  fs.writeFileSync(path.join(dir, 'js', 'app.js'), 'console.log(1)')
})
afterEach(async () => {
  await api.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function serve<T>(run: (base: string) => Promise<T>): Promise<T> {
  const server = createHttpApp(api.running.ctx, { staticDir: dir }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  )

it('GET / allows the page its own inline script by hash and nothing inline besides', async () => {
  const hash = crypto.createHash('sha256').update(INLINE).digest('base64')
  await serve(async (base) => {
    const res = await fetch(`${base}/`)
    expect(res.status).toBe(200)
    const csp = directives(res.headers.get('content-security-policy') ?? '')
    // The inline script, and Taro's tab bar links (href="javascript:;"), by hash; nothing else inline.
    const tabLink = crypto.createHash('sha256').update('javascript:;').digest('base64')
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-hashes'", `'sha256-${hash}'`, `'sha256-${tabLink}'`])
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'none'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })
})

it('the scripts and every other file of the app carry nosniff too; the API keeps its own headers', async () => {
  await serve(async (base) => {
    const script = await fetch(`${base}/js/app.js`)
    expect(script.status).toBe(200)
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
    expect(script.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const health = await fetch(`${base}/api/health`)
    expect(health.headers.get('cache-control')).toBe('no-store')
    expect(health.headers.get('content-security-policy')).toBeNull()
  })
})

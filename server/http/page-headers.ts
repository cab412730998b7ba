// Security headers: the sandbox a photo is served in, and those of the built H5 app — a Content-Security-Policy that
// allows the page's own inline scripts by their sha256 (read from its index.html at start), framing refused,
// nosniff, and a referrer policy that never sends a path to another site.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { RequestHandler } from 'express'

/** A photo is inert: nothing in it may run, load, or be treated as a page of this origin. */
export const PHOTO_CSP = "default-src 'none'; sandbox"

/** The contents of each inline `<script>` (one without src) of an HTML page. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1]) && match[2].length > 0) scripts.push(match[2])
  }
  return scripts
}

/**
 * `javascript:` URLs the app navigates to: Taro's H5 tab bar items are `<a href="javascript:;">`, and a tap on one
 * is blocked (and logged) unless allowed by hash with 'unsafe-hashes' — which admits these exact strings only.
 */
export const ALLOWED_JAVASCRIPT_URLS = ['javascript:;']

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The H5 app's policy. Scripts: the bundle from this origin, the inline rem script and the tab bar's `javascript:;`
 * by hash (never 'unsafe-inline' or 'unsafe-eval'). Styles: Taro's and
 * NutUI's components add <style> elements at run time, so inline styles are allowed (styles cannot run code).
 * Images: this origin (photos), and data:/blob: for the previews of photos being chosen. Calls: this origin only.
 */
export function pageCsp(html: string): string {
  const hashes = [...inlineScripts(html), ...ALLOWED_JAVASCRIPT_URLS].map(sha256)
  return [
    "default-src 'self'",
    ["script-src 'self' 'unsafe-hashes'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The headers of every file of the H5 app; the CSP from `staticDir/index.html` as it is now. */
export function pageHeaders(staticDir: string): Record<string, string> {
  const html = fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8')
  return {
    'Content-Security-Policy': pageCsp(html),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
  }
}

/** Middleware setting pageHeaders on each response (the static files after it). */
export function pageHeadersMiddleware(staticDir: string): RequestHandler {
  const headers = pageHeaders(staticDir)
  return (_req, res, next) => {
    res.set(headers)
    next()
  }
}

// `npx tsx server/http/page-headers.ts dist/h5`: the headers a CDN should send with this build.
if (require.main === module) {
  const headers = pageHeaders(process.argv[2] ?? 'dist/h5')
  for (const [name, value] of Object.entries(headers)) console.log(`${name}: ${value}`)
}

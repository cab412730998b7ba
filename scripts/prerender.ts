// After `taro build --type h5`: renders each tab's first screen (标准版 and 长辈版) in Chromium from the built app and
// writes it into dist/h5/index.html with the CSS those screens use inlined, so text shows before any JavaScript runs.
// The app's page takes over when it has rendered (components/page-shell/page-frame.h5.tsx removes the copy).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Beasties from 'beasties'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { startTestServer } from './test-server'
import { takeSnapshot, type Snapshot } from './first-screen/snapshot'
import { firstScreenPickerConfig, pickFirstScreen } from './first-screen/picker'
import { loadAppAfterFirstPaint } from './first-screen/app-loader'
import { TABS } from '../src/app/tabs'
import { FIRST_SCREEN_ATTRIBUTE, FIRST_SCREEN_HOST_ID } from '../src/domain/first-screen'
import { STORAGE_KEYS } from '../src/domain/storage-keys'
import type { UiMode } from '../src/domain/theme'

const H5 = path.resolve(__dirname, '..', 'dist', 'h5')
const INDEX = path.join(H5, 'index.html')
const SERVICE_WORKER = path.join(H5, 'sw.js')
const MODES: readonly UiMode[] = ['standard', 'elder']
/** The phone the screens are taken on (the e2e phone); anything starting lower than this is left to the app. */
const VIEWPORT = { width: 390, height: 844 }
const CUTOFF_PX = 1000
/** How long a page gets to settle after its header shows (the tab's content is bundled; the API never answers). */
const SETTLE_MS = 800
const APP_CSS_LINK = /<link href="([^"]+\.css)" rel="stylesheet">/
/** webpack's entry scripts in the head: they move into the loader that starts them after the first paint. */
const ENTRY_SCRIPT = /<script defer="defer" src="([^"]+\.js)"><\/script>/g
/** index.html's bar for a page that did not load (src/index.html). */
const LOAD_FAILED_BAR_ID = 'load-failed'

interface Screen {
  name: string
  snapshot: Snapshot
}

async function snapshotTab(browser: Browser, base: string, pagePath: string, mode: UiMode): Promise<Snapshot> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  try {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })), [
      STORAGE_KEYS.uiMode,
      mode,
    ] as const)
    // What comes from the API (notices, verified facts) stays in its loading state: the screen holds no live data.
    await context.route('**/api/**', () => undefined)
    const page = await context.newPage()
    await page.goto(`${base}/#/${pagePath}`)
    await page.locator('.taro_page_show .page-shell__body').waitFor()
    await page.waitForTimeout(SETTLE_MS)
    return await page.evaluate(takeSnapshot, CUTOFF_PX)
  } finally {
    await context.close()
  }
}

/** The styles the screens used, once each, in document order: those that came before app.css and those after it. */
function collectCss(screens: Screen[], appCssHref: string): { before: string; after: string } {
  const seen = new Set<string>()
  const before: string[] = []
  const after: string[] = []
  for (const { snapshot } of screens) {
    let pastAppCss = false
    for (const sheet of snapshot.sheets) {
      if (sheet.href === appCssHref) pastAppCss = true
      const key = sheet.href ?? sheet.text
      if (sheet.href === appCssHref || seen.has(key)) continue
      seen.add(key)
      ;(pastAppCss ? after : before).push(sheet.text)
    }
  }
  return { before: before.join('\n'), after: after.join('\n') }
}

/**
 * Only the rules the screens use. Beasties does not look inside <template> for tag selectors (taro-view-core), so it
 * reads a page where each screen is a plain <div>; and it merges a page's <style>s, so each part is reduced alone.
 */
async function criticalCss(screens: Screen[], css: string): Promise<string> {
  const body = screens.map(({ snapshot }) => `<div>${snapshot.html}</div>`).join('')
  const beasties = new Beasties({
    reduceInlineStyles: true,
    // The rules of 长辈版 hang on a class the picker sets on <html>: Beasties cannot see it, so they always stay.
    allowRules: [/\belder-mode\b/, /^html\b/, /^body\b/, /^:root\b/],
    logLevel: 'warn',
  })
  const reduced = await beasties.process(`<html><head><style>${css}</style></head><body>${body}</body></html>`)
  const match = /<style>([\s\S]*?)<\/style>/.exec(reduced)
  if (!match) throw new Error('Beasties left no <style>')
  return match[1]
}

/**
 * The screens, the element one shows in (inert: the app's own page takes taps and focus), and one script that picks
 * the screen, then starts the app's `entryScripts` once it has painted.
 */
function firstScreenMarkup(screens: Screen[], entryScripts: string[]): string {
  const templates = screens
    .map(({ name, snapshot }) => `<template ${FIRST_SCREEN_ATTRIBUTE}="${name}">${snapshot.html}</template>`)
    .join('')
  const host = `<div id="${FIRST_SCREEN_HOST_ID}" aria-hidden="true" inert hidden></div>`
  const loader = { sources: entryScripts, failedBarId: LOAD_FAILED_BAR_ID }
  const script =
    `<script>(${pickFirstScreen.toString()})(${JSON.stringify(firstScreenPickerConfig())});` +
    `(${loadAppAfterFirstPaint.toString()})(${JSON.stringify(loader)})</script>`
  return `${host}${templates}${script}`
}

/** The screen covers the window until the app's page under it has rendered: nothing moves when it goes. */
const HOST_CSS = `#${FIRST_SCREEN_HOST_ID}{position:fixed;inset:0;z-index:2000;overflow:hidden;background:#fff}`

/** Workbox precached index.html under the revision of webpack's copy: give it the new file's, or phones keep the old. */
function updateServiceWorkerRevision(html: string): void {
  if (!fs.existsSync(SERVICE_WORKER)) return
  const sw = fs.readFileSync(SERVICE_WORKER, 'utf8')
  const entry = /(\{url:"\/index\.html",revision:")([0-9a-f]+)(")/
  if (!entry.test(sw)) throw new Error('sw.js has no precache entry for /index.html')
  const revision = crypto.createHash('md5').update(html).digest('hex')
  fs.writeFileSync(SERVICE_WORKER, sw.replace(entry, `$1${revision}$3`))
}

async function main(): Promise<void> {
  const original = fs.readFileSync(INDEX, 'utf8')
  if (original.includes(FIRST_SCREEN_ATTRIBUTE))
    throw new Error('dist/h5/index.html is prerendered already: build again')
  const appCssHref = APP_CSS_LINK.exec(original)?.[1]
  if (!appCssHref) throw new Error('dist/h5/index.html links no stylesheet')
  const entryScripts = [...original.matchAll(ENTRY_SCRIPT)].map((m) => m[1])
  if (entryScripts.length === 0) throw new Error('dist/h5/index.html has no <script defer> entry scripts')
  if (!original.includes(`id="${LOAD_FAILED_BAR_ID}"`))
    throw new Error(`dist/h5/index.html has no #${LOAD_FAILED_BAR_ID}`)

  const started = Date.now()
  const server = await startTestServer()
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const screens: Screen[] = []
  try {
    for (const tab of TABS)
      for (const mode of MODES)
        screens.push({
          name: `${tab.key}-${mode}`,
          snapshot: await snapshotTab(browser, server.base, tab.pagePath, mode),
        })
  } finally {
    await browser.close()
    await server.close()
  }

  const appCss = fs.readFileSync(path.join(H5, appCssHref), 'utf8')
  const sheets = collectCss(screens, appCssHref)
  const css = { before: await criticalCss(screens, sheets.before), after: await criticalCss(screens, sheets.after) }
  // app.css is small and every page needs it: inlined whole, where its link was, so the order of rules stays.
  const html = original
    .replace(
      APP_CSS_LINK,
      `<style>${css.before}</style><style>${appCss}</style><style>${HOST_CSS}\n${css.after}</style>`,
    )
    .replace(ENTRY_SCRIPT, '')
    .replace('<div id="app"></div>', `${firstScreenMarkup(screens, entryScripts)}<div id="app"></div>`)
  fs.writeFileSync(INDEX, html)
  updateServiceWorkerRevision(html)
  const kb = (s: string) => (Buffer.byteLength(s) / 1024).toFixed(1)
  console.log(
    `prerender: ${screens.length} first screens into dist/h5/index.html (${kb(original)} → ${kb(html)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

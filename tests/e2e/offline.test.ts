// A resident opens the H5 app once with a network, then loses it: a reload still shows every tab, and a guide she has
// never opened still opens (the service worker keeps the whole app); a page whose code cannot be loaded says so with
// 重试 instead of staying blank; a new version of the app waits until she taps 刷新 on the bar it offers.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { once } from 'node:events'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import express from 'express'
import type { Page } from 'playwright-core'
import guides from '@/content/guides.json'
import { guideUrl } from '@/domain/routes'
import { browserForFile, phoneForSuite } from './support/suite'
import { baseUrl, openApp, tabItem, visibleText, waitForOnlyTitle } from './support/app'
import { WAIT_MS, openPhonePage } from './support/browser'
import { H5_ROOT } from '../../scripts/serve'

const browser = browserForFile()
const HEATING = guides.find((g) => g.id === 'utilities-heating')!
const TABS = [
  { label: '要闻', title: '西城要闻' },
  { label: '民生', title: '民生服务' },
  { label: '公园', title: '公园绿地' },
  { label: '月湾湖', title: '月湾湖社区' },
]

/** Waits until the service worker has installed everything and controls the page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
    timeout: WAIT_MS * 2,
  })
}

/** The hash route of a guide card, as the app links to it. */
const guideRoute = (id: string) => guideUrl(id).replace(/^\//, '')

/**
 * A copy of dist/h5 on a server of its own (no API behind it: the tabs show their bundled content), whose files can
 * be replaced by "the next build": index.html gains <meta name="build" content="next">, and sw.js lists it anew.
 */
async function serveCopyOfBuild(): Promise<{ base: string; deployNextBuild(): void; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-build-'))
  fs.cpSync(H5_ROOT, dir, { recursive: true, filter: (file) => !file.endsWith('.map') })
  const app = express()
  app.use(express.static(dir))
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deployNextBuild() {
      const html = path.join(dir, 'index.html')
      fs.writeFileSync(
        html,
        fs.readFileSync(html, 'utf8').replace('<head>', '<head><meta name="build" content="next">'),
      )
      const sw = path.join(dir, 'sw.js')
      const next = fs.readFileSync(sw, 'utf8').replace(/(url:"\/index\.html",revision:")[0-9a-f]+/, '$1next')
      assert.match(next, /revision:"next"/, 'sw.js lists index.html with its revision')
      fs.writeFileSync(sw, next)
    },
    async close() {
      server.close()
      server.closeAllConnections()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

describe('offline after one visit', () => {
  const phone = phoneForSuite(browser, (b) => openPhonePage(b, { serviceWorkers: 'allow' }))

  it('a reload offline still shows every tab', async () => {
    const { page, context } = phone
    await openApp(page, 'pages/news/index')
    await controlledByServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await waitForOnlyTitle(page, '西城要闻')
    for (const { label, title } of TABS) {
      await tabItem(page, label).click()
      await waitForOnlyTitle(page, title)
    }
    // The tab icons are there too (not broken images).
    const icons = await page.locator('.weui-tabbar__icon').filter({ visible: true }).all()
    assert.equal(icons.length, TABS.length, 'one icon per tab')
    for (const icon of icons) {
      assert.ok(await icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'icon loaded')
    }
  })

  it('a guide never opened before opens offline with its content', async () => {
    const { page } = phone
    await page.goto(`${baseUrl()}/#/${guideRoute(HEATING.id)}`)
    await page.reload()
    await visibleText(page, HEATING.name).waitFor()
    await phone.context.setOffline(false)
  })

  it('a new version waits for 刷新, then the app reloads into it', async () => {
    const { page } = phone
    const site = await serveCopyOfBuild()
    try {
      await page.goto(`${site.base}/#/pages/services/index`)
      await waitForOnlyTitle(page, '民生服务')
      await controlledByServiceWorker(page)
      // A new build is put on the server: its index.html differs, and so does its precache list in sw.js.
      site.deployNextBuild()
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
      const bar = page.locator('#new-version')
      await bar.getByText('有新版本').waitFor()
      // Until she taps 刷新, the page (and a reload of it) is the old version, whole.
      assert.equal(await page.locator('meta[name="build"]').count(), 0)
      const reloaded = page.waitForEvent('load')
      await bar.getByRole('button', { name: '刷新' }).click()
      await reloaded
      await waitForOnlyTitle(page, '民生服务')
      assert.equal(await page.locator('meta[name="build"]').getAttribute('content'), 'next', 'the new version runs')
      assert.equal(await bar.isVisible(), false, 'the bar is gone after the reload')
    } finally {
      await site.close()
    }
  })
})

describe('a page whose code cannot be loaded', () => {
  // No service worker here (blocked by default): the page's chunk request is refused as a dropped network would.
  const phone = phoneForSuite(browser)

  it('says so with 重试, and 重试 opens it once the network is back', async () => {
    const { page, context } = phone
    await openApp(page, 'pages/services/index')
    const loadedChunks = new Set<string>()
    for (const entry of await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) {
      loadedChunks.add(new URL(entry).pathname)
    }
    const refuse = (url: URL) => /^\/(js|css)\//.test(url.pathname) && !loadedChunks.has(url.pathname)
    await context.route(refuse, (route) => route.abort('internetdisconnected'))
    await page.evaluate((hash) => (location.hash = hash), `#/${guideRoute(HEATING.id)}`)
    const bar = page.locator('#load-failed')
    await bar.getByText('页面没能打开，请检查网络').waitFor()
    // The failed load is an uncaught rejection, which the bar has just told her about; nothing else may have failed.
    const others = phone.pageErrors.splice(0).filter((e) => !/ChunkLoadError/.test(`${e.name} ${e.message}`))
    assert.deepEqual(others, [])
    await context.unroute(refuse)
    await bar.getByRole('button', { name: '重试' }).click()
    await visibleText(page, HEATING.name).waitFor()
  })
})

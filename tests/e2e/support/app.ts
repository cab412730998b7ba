// How the tests reach the H5 app: its base URL, hash routes, the tab bar and text a person can actually see.
import type { Locator, Page } from 'playwright-core'
import { WAIT_MS } from './browser'
import { waitForSteadyLayout } from './layout'

/** Set by scripts/run-e2e.ts, which serves dist/h5 and the mock API on a free port. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e tests with `npm run test:e2e`')
  return url.replace(/\/+$/, '')
}

/** H5 uses hash routing: pageUrl('pages/parks/index') → http://host:port/#/pages/parks/index */
export function pageUrl(pagePath = ''): string {
  return pagePath ? `${baseUrl()}/#/${pagePath}` : `${baseUrl()}/`
}

/** Opens the app (at its root, or at a hash route) and waits until the first screen has stopped moving. */
export async function openApp(page: Page, pagePath = ''): Promise<void> {
  await page.goto(pageUrl(pagePath))
  await page.getByRole('heading', { level: 1 }).filter({ visible: true }).first().waitFor()
  await waitForSteadyLayout(page)
}

/**
 * An element whose whole text is `text` and that is rendered. Taro's H5 tab bar keeps visited pages
 * in the DOM but hidden, so an unfiltered locator can match a page the user is not looking at.
 */
export function visibleText(page: Page | Locator, text: string): Locator {
  return page.getByText(text, { exact: true }).filter({ visible: true }).first()
}

/** The tab bar at the bottom of the screen. */
export function tabBar(page: Page): Locator {
  return page.locator('.weui-tabbar').filter({ visible: true })
}

/** One tab in the tab bar, found by the label under its icon. */
export function tabItem(page: Page, label: string): Locator {
  return tabBar(page)
    .locator('.weui-tabbar__item')
    .filter({ has: page.getByText(label, { exact: true }) })
}

/** The text of the page currently on screen (innerText skips hidden pages; textContent would not). */
export function visibleBodyText(page: Page): Promise<string> {
  return page.locator('body').innerText()
}

/**
 * Scrolls `target` into view and checks a person could see it: inside the viewport and not under the tab bar.
 * Returns a description of the problem, or null when it is in plain sight.
 */
export async function problemSeeing(page: Page, target: Locator): Promise<string | null> {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box || box.height === 0) return 'not rendered'
  const viewport = page.viewportSize()
  const bar = await tabBar(page).boundingBox()
  const bottom = Math.min(bar ? bar.y : Infinity, viewport ? viewport.height : Infinity)
  if (box.y < 0 || box.y + box.height > bottom + 0.5) {
    return `at y=${Math.round(box.y)}..${Math.round(box.y + box.height)}, visible area ends at ${Math.round(bottom)}`
  }
  return null
}

/** The page titles (level-1 headings) a person can see right now: exactly one once a tab has finished switching. */
export function titlesOnScreen(page: Page): Promise<string[]> {
  return page.getByRole('heading', { level: 1 }).filter({ visible: true }).allInnerTexts()
}

/** Waits until `title` is the only page title on screen; fails with what was on screen instead. */
export async function waitForOnlyTitle(page: Page, title: string, timeout = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeout
  let seen: string[] = []
  while (Date.now() < deadline) {
    seen = (await titlesOnScreen(page)).map((t) => t.trim())
    if (seen.length === 1 && seen[0] === title) return
    await page.waitForTimeout(50)
  }
  throw new Error(`expected only the page "${title}" on screen, saw ${JSON.stringify(seen)}`)
}

/**
 * On a tab in 长辈版, which opens on its tiles: taps 全部内容 (when it is closed) so the tab's own content shows.
 * False on a page without tiles.
 */
export async function showElderFullContent(page: Page): Promise<boolean> {
  const more = page.locator('.taro_page_show .elder-home__more').filter({ visible: true })
  if ((await more.count()) === 0) return false
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click()
  return true
}

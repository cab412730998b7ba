// Saves a full-page PNG of what is on screen to tests/e2e/screenshots/ (git-ignored) for a person to look at.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { pageScrollExtra, scrollPageTo, waitForSteadyLayout } from './layout'

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'screenshots')

/** Taller pages are cut here: Chromium cannot capture arbitrarily tall bitmaps at 2×. */
const MAX_HEIGHT = 8000

/**
 * Taro's H5 pages scroll inside their own container (the body never scrolls), so Playwright's `fullPage` would
 * only capture one screen. Instead the viewport is stretched by however far the page scrolls, which lays the
 * whole page out with the tab bar still at the bottom, and put back afterwards. The width never changes, so
 * the rem-based sizes stay as they are on the phone.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('screenshot() needs a page with a fixed viewport')
  await page.evaluate(() => document.fonts.ready)
  await waitForSteadyLayout(page)
  const extra = await pageScrollExtra(page)
  try {
    if (extra > 0) {
      await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + extra, MAX_HEIGHT) })
      await waitForSteadyLayout(page)
    }
    // Start at the top even if the test scrolled (a vh-based min-height can leave a little scroll room).
    await scrollPageTo(page, 0)
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' })
  } finally {
    if (extra > 0) await page.setViewportSize(viewport)
  }
  return file
}

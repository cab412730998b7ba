// Waits for the H5 page's layout to stop moving, so geometry checks and screenshots see what a person would.
import type { Page } from 'playwright-core'
import { WAIT_MS } from './browser'

/** How long the root font size and page height must stay the same to count as steady (> Taro's 500 ms rem timer). */
const STEADY_MS = 700
const POLL_MS = 100

/**
 * Taro's H5 index.html sizes the root font (rem) from the window on load and again 500 ms after every resize,
 * so the whole page can grow a few per cent shortly after it first appears. Polls the root font size and the
 * visible page's scroll height until both have held still for STEADY_MS.
 */
export async function waitForSteadyLayout(page: Page, timeout = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeout
  let last = ''
  let steadySince = Date.now()
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => {
      const scroller = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((el) => el.offsetParent !== null)
      return `${getComputedStyle(document.documentElement).fontSize}|${scroller?.scrollHeight ?? 0}`
    })
    if (now !== last) {
      last = now
      steadySince = Date.now()
    } else if (Date.now() - steadySince >= STEADY_MS) {
      return
    }
    await page.waitForTimeout(POLL_MS)
  }
  throw new Error(`the page layout kept changing for ${timeout} ms (last: ${last})`)
}

/** How far the page currently on screen can scroll (Taro's H5 pages scroll inside their own container, not the body). */
export function pageScrollExtra(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((el) => el.offsetParent !== null)
    return scroller ? Math.max(0, scroller.scrollHeight - scroller.clientHeight) : 0
  })
}

/** Scrolls the page currently on screen to `top` (CSS px inside its own scroll container). */
export async function scrollPageTo(page: Page, top: number): Promise<void> {
  await page.evaluate((y) => {
    const scroller = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((el) => el.offsetParent !== null)
    if (scroller) scroller.scrollTop = y
  }, top)
}

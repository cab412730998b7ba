// A resident using a keyboard (or a switch device) in the H5 app: Tab moves through the 民生 page with a visible focus
// ring on every stop, Enter opens a life-event category and then a guide card inside it.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import type { Page } from 'playwright-core'
import categories from '@/content/services.json'
import guides from '@/content/guides.json'
import { openApp, waitForOnlyTitle } from './support/app'
import { SCREENSHOT_DIR } from './support/screenshot'
import { openPhonePage } from './support/browser'
import { browserForFile, phoneForSuite } from './support/suite'

const browser = browserForFile()

/** The focused element: its role, accessible text and how its focus ring is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    return {
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, '').slice(0, 30),
      expanded: el.getAttribute('aria-expanded'),
      outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
    }
  })
}

/** Presses Tab until the focused element's text starts with `text` (at most `limit` presses). */
async function tabTo(page: Page, text: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (now?.text.startsWith(text.replace(/\s+/g, ''))) return now
  }
  throw new Error(`Tab never reached “${text}”`)
}

describe('a keyboard user finds the 冬季供暖 guide on 民生', () => {
  const phone = phoneForSuite(browser, async (running) => {
    const opened = await openPhonePage(running)
    await openApp(opened.page, 'pages/services/index')
    await waitForOnlyTitle(opened.page, '民生服务')
    await opened.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
    return opened
  })
  const heating = categories.find((c) => c.id === guides.find((g) => g.id === 'utilities-heating')!.categoryId)!

  it('sees a solid focus ring of at least 2 px on each of the first 15 Tab stops', async () => {
    const { page } = phone
    const stops = []
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab')
      stops.push(await focused(page))
    }
    const unseen = stops.filter((s) => s && !/^solid ([2-9]|\d\d)/.test(s.outline))
    assert.deepEqual(unseen, [])
    assert.ok(stops.filter(Boolean).length >= 10, 'Tab reaches the page’s controls')
  })

  it(`tabs to the 「${heating.name}」 category and opens it with Enter`, async () => {
    const { page } = phone
    const header = await tabTo(page, heating.name)
    assert.equal(header.role, 'button')
    assert.equal(header.expanded, 'false')
    await page.keyboard.press('Enter')
    assert.equal((await focused(page))?.expanded, 'true')
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'keyboard-focus.png') })
  })

  it('tabs into the open category to 冬季供暖 and opens the guide card with Enter', async () => {
    const { page } = phone
    const link = await tabTo(page, '办事指南冬季供暖', 10)
    assert.equal(link.role, 'link')
    await page.keyboard.press('Enter')
    await waitForOnlyTitle(page, '办事指南')
    await page.getByRole('heading', { level: 2, name: '冬季供暖' }).filter({ visible: true }).first().waitFor()
  })
})

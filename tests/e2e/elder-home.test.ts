// An older resident turns 长辈版 on from a tab's header: the switch says it is on, every tab opens on the six tiles,
// 小事快办 and a guide are one tap away, and turning it off brings the standard tab back. Each tab's 长辈版 first screen
// is saved at 390×844 and at 320×568 (the smallest phones still in use), and passes axe, 60 px targets and nothing
// cut off (support/clipping.ts: the screen's width, every text whole, tab-bar labels inside the bar).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { TABS } from '@/app/tabs'
import { ELDER_TILES } from '@/domain/elder-home'
import { STORAGE_KEYS } from '@/domain/storage-keys'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, tabBar, visibleText, waitForOnlyTitle } from './support/app'
import { openPhonePage } from './support/browser'
import { screenshot } from './support/screenshot'
import { waitForSteadyLayout } from './support/layout'
import { blockingAxeViolations, smallTapTargets } from './support/usability'
import { clippedElements } from './support/clipping'

const browser = browserForFile()
const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const

/** The 长辈版 switch in the header of the page on screen. */
const elderSwitch = (page: Page): Locator =>
  page.getByRole('switch', { name: '长辈版' }).filter({ visible: true }).last()

/** The titles of the tiles on screen, in order. */
const tileTitles = (page: Page): Promise<string[]> =>
  page
    .locator('.taro_page_show .elder-home > .elder-home__tile .elder-home__title')
    .filter({ visible: true })
    .allInnerTexts()

describe('a resident turns 长辈版 on from the header and finds what they came for in one tap', () => {
  const phone = phoneForSuite(browser)

  it('reads 长辈版 as a switch that is off, then on, and the tab opens on the six tiles', async () => {
    const { page } = phone
    await openApp(page, 'pages/news/index')
    await waitForOnlyTitle(page, '西城要闻')
    assert.equal(await elderSwitch(page).getAttribute('aria-checked'), 'false')
    assert.equal((await elderSwitch(page).innerText()).replace(/\s/g, ''), '长辈版关')
    assert.deepEqual(await tileTitles(page), [])
    await elderSwitch(page).tap()
    await page.locator('.taro_page_show .page-shell--elder').filter({ visible: true }).waitFor()
    assert.equal(await elderSwitch(page).getAttribute('aria-checked'), 'true')
    assert.equal((await elderSwitch(page).innerText()).replace(/\s/g, ''), '长辈版开')
    assert.deepEqual(
      (await tileTitles(page)).map((t) => t.trim()),
      ELDER_TILES.map((t) => t.title),
    )
    // The article list is one tap below, not on the first screen.
    assert.equal(await page.locator('.taro_page_show .news-card').filter({ visible: true }).count(), 0)
  })

  it('reaches 小事快办 in one tap', async () => {
    const { page } = phone
    await visibleText(page, '小事快办').tap()
    await waitForOnlyTitle(page, '小事快办')
    await page.goBack()
    await waitForOnlyTitle(page, '西城要闻')
  })

  it('reaches a guide in one tap from 常用办事', async () => {
    const { page } = phone
    await visibleText(page, '冬季供暖 ›').tap()
    await waitForOnlyTitle(page, '办事指南')
    await visibleText(page, '冬季供暖').waitFor()
    await page.goBack()
    await waitForOnlyTitle(page, '西城要闻')
  })

  it('opens the tab’s full content with one tap below the tiles, its filters behind 筛选', async () => {
    const { page } = phone
    const more = page.getByRole('button', { name: '要闻全部内容' }).filter({ visible: true })
    assert.equal(await more.getAttribute('aria-expanded'), 'false')
    await more.tap()
    await page.locator('.taro_page_show .news-card').filter({ visible: true }).first().waitFor()
    assert.equal(await page.locator('.taro_page_show .choice-chips').filter({ visible: true }).count(), 0)
    await page.getByRole('button', { name: /^筛选/ }).filter({ visible: true }).tap()
    assert.equal(await page.locator('.taro_page_show .choice-chips').filter({ visible: true }).count(), 2)
  })

  it('社区通知 opens 月湾湖 with its notices in view', async () => {
    const { page } = phone
    await visibleText(page, '社区通知').tap()
    await waitForOnlyTitle(page, '月湾湖社区')
    const heading = page.locator('.taro_page_show .notice-list__heading').filter({ visible: true })
    await heading.waitFor()
    const deadline = Date.now() + 5000
    let problem: string | null = 'not checked'
    while (problem && Date.now() < deadline) {
      const box = await heading.boundingBox()
      const bar = await tabBar(page).boundingBox()
      problem = box && bar && box.y >= 0 && box.y + box.height <= bar.y ? null : `社区通知 at ${JSON.stringify(box)}`
      if (problem) await page.waitForTimeout(100)
    }
    assert.equal(problem, null)
    await visibleText(tabBar(page), '要闻').tap()
    await waitForOnlyTitle(page, '西城要闻')
  })

  it('turns it off from the header: the switch says so and the standard tab is back', async () => {
    const { page } = phone
    await elderSwitch(page).tap()
    await page.locator('.taro_page_show .page-shell--standard').filter({ visible: true }).waitFor()
    assert.equal(await elderSwitch(page).getAttribute('aria-checked'), 'false')
    assert.deepEqual(await tileTitles(page), [])
    await page.locator('.taro_page_show .news-card').filter({ visible: true }).first().waitFor()
  })
})

for (const viewport of PHONES) {
  describe(`every tab's 长辈版 first screen on a ${viewport.width}×${viewport.height} phone`, () => {
    for (const [index, tab] of TABS.entries()) {
      it(`${tab.text}: six tiles, nothing cut off, axe clean, 60 px targets`, async () => {
        const phone = await openPhonePage(await browser())
        try {
          await phone.page.setViewportSize(viewport)
          await phone.context.addInitScript(
            ([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })),
            [STORAGE_KEYS.uiMode, 'elder'] as const,
          )
          await openApp(phone.page, tab.pagePath)
          await waitForOnlyTitle(phone.page, tab.title)
          await phone.page.locator('.taro_page_show .elder-home__tile--guides .elder-home__row').first().waitFor()
          await waitForSteadyLayout(phone.page)
          assert.equal((await tileTitles(phone.page)).length, ELDER_TILES.length)
          assert.deepEqual(await clippedElements(phone.page), [])
          const bar = await tabBar(phone.page).boundingBox()
          assert.ok(
            bar && bar.y + bar.height <= viewport.height + 0.5,
            `the tab bar ends at ${bar && bar.y + bar.height}`,
          )
          assert.deepEqual(await blockingAxeViolations(phone.page), [])
          assert.deepEqual(await smallTapTargets(phone, 60), [])
          await screenshot(phone.page, `elder-home-${viewport.width}-${index + 1}-${tab.key}`)
          phone.assertNoPageErrors()
        } finally {
          await phone.close()
        }
      })
    }
  })
}

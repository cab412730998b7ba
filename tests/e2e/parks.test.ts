// A resident plans a park visit on a phone: filters 公园 by 卫生间 (and is told every park is 待核实), opens a park,
// reads its season, status and facilities, shares it (the link is copied: headless Chromium has no Web Share), and
// opens the seasonal calendar from a link. The browser's clock is fixed at 15 October so the season is known.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, Locator, Page } from 'playwright-core'
import parks from '@/content/parks.json'
import seasons from '@/content/seasons.json'
import { CALENDAR_PAGE, PARK_PAGE } from '@/domain/routes'
import { openPhonePage, type PhonePage } from './support/browser'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, pageUrl, visibleText, waitForOnlyTitle } from './support/app'
import { waitForSteadyLayout } from './support/layout'
import { screenshot } from './support/screenshot'

const NOW = new Date('2026-10-15T10:00:00+08:00')
const OCTOBER = seasons.filter((t) => t.months.includes(10))

const browser = browserForFile()

/** A phone page whose clock starts at NOW, and which may write to the clipboard. */
async function openParksPhone(running: Browser): Promise<PhonePage> {
  const phone = await openPhonePage(running)
  // Installed (not fixed) and resumed: time runs on from NOW, so the app's timers and page load behave as usual.
  await phone.context.clock.install({ time: NOW })
  await phone.context.clock.resume()
  await phone.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pageUrl() })
  return phone
}

/** A chip in the 按设施筛选 row: the chip itself, since its inner text node does not take taps. */
function chip(page: Page, label: string): Locator {
  return page
    .getByRole('group', { name: '按设施筛选' })
    .locator('.choice-chips__chip')
    .filter({ visible: true })
    .filter({ hasText: label })
    .first()
}

/** A NutUI button by the text on it, within `scope` (西城区的其他公园, 返回公园). */
function buttonWithText(page: Page, text: string, scope: Page | Locator = page): Locator {
  return scope
    .locator('.nut-button')
    .filter({ visible: true })
    .filter({ has: page.getByText(text, { exact: true }) })
    .first()
}

/** The park cards on screen, by their title (what a card's name, read from its visible text, starts with). */
function cardNames(page: Page): Promise<string[]> {
  return page
    .locator('.park-card')
    .filter({ visible: true })
    .evaluateAll((cards) =>
      cards.map((c) => (c.querySelector('.park-card__name') as HTMLElement | null)?.innerText ?? ''),
    )
}

/** Waits for the plan-a-visit page of `name`, with the list it came from out of sight. */
async function waitForPark(page: Page, name: string): Promise<Locator> {
  const detail = page.locator('.park-detail').filter({ visible: true })
  await detail.getByRole('heading', { level: 2, name, exact: true }).waitFor()
  await waitForOnlyTitle(page, '游园计划')
  await waitForSteadyLayout(page)
  return detail
}

describe('a resident plans a park visit on a phone', () => {
  const phone = phoneForSuite(browser, openParksPhone)
  const park = parks.find((p) => p.id === 'fendai-flower-sea')!

  it('opens 公园 and sees October’s tips, labelled 一般规律, and every park', async () => {
    const { page } = phone
    await openApp(page, 'pages/parks/index')
    await waitForOnlyTitle(page, '公园绿地')
    await visibleText(page, '10月游园').waitFor()
    for (const t of OCTOBER) await visibleText(page, t.note).waitFor()
    assert.equal(
      await page.getByText('（一般规律）', { exact: true }).filter({ visible: true }).count(),
      OCTOBER.length,
    )
    assert.deepEqual(
      await cardNames(page),
      parks.map((p) => p.name),
    )
  })

  it('taps 卫生间 and is told none is confirmed and every park is 待核实', async () => {
    const { page } = phone
    await chip(page, '卫生间').tap()
    await visibleText(page, `确认有所选设施：0 处；设施待核实：${parks.length} 处（以现场为准）`).waitFor()
    assert.equal(await chip(page, '卫生间').getAttribute('aria-pressed'), 'true')
    assert.deepEqual(
      await cardNames(page),
      parks.map((p) => p.name),
    )
    await screenshot(page, 'parks-1-filter-toilets')
  })

  it('taps a park card and sees its season, its status and its facilities', async () => {
    const { page } = phone
    await page
      .getByRole('link', { name: new RegExp(`^${park.name}`) })
      .filter({ visible: true })
      .first()
      .tap()
    const detail = await waitForPark(page, park.name)
    assert.match(page.url(), new RegExp(`#/${PARK_PAGE}\\?id=${park.id}$`))
    await visibleText(detail, '以现场公示为准').waitFor()
    await visibleText(detail, '这个季节').waitFor()
    const pinkGrass = seasons.find((t) => t.id === 'autumn-pink-grass')!
    await visibleText(detail, `${pinkGrass.title}（${pinkGrass.basis}）：${pinkGrass.note}`).waitFor()
    await visibleText(detail, '设施').waitFor()
    // Seven facilities and the 地址: nobody has verified them.
    assert.equal(await detail.getByText('待核实', { exact: true }).count(), 8)
    await visibleText(detail, '西城区的其他公园').waitFor()
    // No source verifies coordinates: no button offers navigation.
    assert.equal(
      await detail
        .locator('.nut-button')
        .filter({ hasText: /导航|地图/ })
        .count(),
      0,
    )
    await screenshot(page, 'parks-2-detail')
  })

  it('taps 分享 and the park’s link is copied, with a toast saying so', async () => {
    const { page } = phone
    assert.equal(await page.evaluate(() => 'share' in navigator), false)
    await page.getByLabel(`分享《${park.name} · 西城区公园》`, { exact: true }).filter({ visible: true }).tap()
    await visibleText(page, '链接已复制，可粘贴发送给好友').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    assert.equal(copied, page.url())
    assert.match(copied, new RegExp(`#/${PARK_PAGE}\\?id=${park.id}$`))
  })
})

describe('a resident follows links to the calendar and to a park', () => {
  const phone = phoneForSuite(browser, openParksPhone)

  it('opens #/packages/parks/calendar/index at October, with every tip labelled 一般规律', async () => {
    const { page } = phone
    await openApp(page, CALENDAR_PAGE)
    await waitForOnlyTitle(page, '游园日历')
    await visibleText(page, '10月游园').waitFor()
    const headings = await page.getByRole('heading', { level: 2 }).filter({ visible: true }).allInnerTexts()
    assert.deepEqual(
      headings.map((h) => h.trim()),
      [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => `${m}月游园`),
    )
    const tips = seasons.reduce((sum, t) => sum + t.months.length, 0)
    assert.equal(await page.getByText('（一般规律）', { exact: true }).filter({ visible: true }).count(), tips)
    await screenshot(page, 'parks-3-calendar')
  })

  it('taps a park in a month and lands on its plan-a-visit page', async () => {
    const { page } = phone
    const section = page.locator('.month-tips').filter({ hasText: '12月游园' })
    await buttonWithText(page, '唐诗宋词园', section).tap()
    await waitForPark(page, '唐诗宋词园')
    await visibleText(page, '以现场公示为准').waitFor()
  })

  it('a park link with an unknown id says 找不到这个公园, and 返回公园 leads to the list', async () => {
    const { page } = phone
    await openApp(page, `${PARK_PAGE}?id=no-such-park`)
    await visibleText(page, '找不到这个公园').waitFor()
    await buttonWithText(page, '返回公园').tap()
    await waitForOnlyTitle(page, '公园绿地')
  })
})

// A resident on a phone searches 民生 by pinyin, opens the 冬季供暖 guide, saves it, and finds it saved after a reload
// and on the 民生 tab; a shared link opens a guide card, and a broken one says so.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import guides from '@/content/guides.json'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, visibleText, waitForOnlyTitle } from './support/app'
import { waitForSteadyLayout } from './support/layout'
import { screenshot } from './support/screenshot'

const HEATING = guides.find((g) => g.id === 'utilities-heating')!

const browser = browserForFile()

/** Visible elements only: Taro's H5 router keeps the pages a person has left in the DOM, hidden. */
const visible = (locator: Locator) => locator.filter({ visible: true }).first()

/** The 收藏 / 已收藏 button of the guide on screen. */
const favouriteButton = (page: Page) => visible(page.locator('.guide-detail__actions .nut-button'))

/** The chips under 我的收藏 or 最近浏览 on the 民生 tab, in order. */
async function chipsUnder(page: Page, heading: '我的收藏' | '最近浏览'): Promise<string[]> {
  const row = visible(page.locator('.saved-guides__row').filter({ has: page.getByRole('heading', { name: heading }) }))
  await row.waitFor()
  return (await row.locator('.saved-guides__chip').allInnerTexts()).map((t) => t.trim())
}

describe('a resident searches 民生 by pinyin and keeps the guide they found', () => {
  const phone = phoneForSuite(browser)

  it('opens 民生 with nothing saved yet', async () => {
    const { page } = phone
    await openApp(page, 'pages/services/index')
    await waitForOnlyTitle(page, '民生服务')
    await visibleText(page, '政务服务便民热线').waitFor()
    assert.equal(await page.getByRole('heading', { name: '我的收藏' }).filter({ visible: true }).count(), 0)
    await screenshot(page, 'services-1-tab')
  })

  it('taps the search entry and lands on 搜索办事', async () => {
    const { page } = phone
    await visible(page.getByRole('link', { name: '搜索办事：供热、找工作、jiuye…' })).tap()
    await waitForOnlyTitle(page, '搜索办事')
    await visibleText(page, '可输入汉字、拼音或首字母').waitFor()
  })

  it('types jiuye and sees the employment guides first, with 就业 picked out', async () => {
    const { page } = phone
    await visible(page.getByRole('textbox')).pressSequentially('jiuye')
    const guideTitles = visible(page.locator('.nut-cell-group').filter({ hasText: '办事指南' })).locator(
      '.nut-cell-title',
    )
    await guideTitles.first().waitFor()
    const titles = (await guideTitles.allInnerTexts()).map((t) => t.trim())
    assert.deepEqual(titles.slice(0, 2).sort(), ['人力资源服务产业园', '雨露计划与就业促进'].sort())
    const picked = await page.locator('.highlighted-text__match').filter({ visible: true }).allInnerTexts()
    assert.ok(picked.includes('就业'), `highlighted: ${JSON.stringify(picked)}`)
    await waitForSteadyLayout(page)
    await screenshot(page, 'services-2-search')
  })

  it('clears the box, types gongre and sees 冬季供暖 (filed under 供热与水电管网)', async () => {
    const { page } = phone
    await visible(page.getByRole('textbox')).fill('')
    await visibleText(page, '可输入汉字、拼音或首字母').waitFor()
    await visible(page.getByRole('textbox')).pressSequentially('gongre')
    await visibleText(page, '找到 1 条').waitFor()
    const result = visible(page.locator('.nut-cell-clickable').filter({ hasText: HEATING.name }))
    await result.waitFor()
    assert.equal((await result.locator('.nut-cell-description').innerText()).trim(), '供热与水电管网')
  })

  it('taps the result and reads the 冬季供暖 guide card', async () => {
    const { page } = phone
    await visible(page.locator('.nut-cell-clickable').filter({ hasText: HEATING.name })).tap()
    await waitForOnlyTitle(page, '办事指南')
    await visible(page.getByRole('heading', { level: 2, name: HEATING.name })).waitFor()
    await visibleText(page, HEATING.what).waitFor()
    assert.ok((await page.getByText('待核实', { exact: true }).filter({ visible: true }).count()) > 0, '待核实 shown')
    await visible(page.getByText(/请拨打 12345 政务服务便民热线咨询/)).waitFor()
    assert.equal((await favouriteButton(page).innerText()).trim(), '☆ 收藏')
  })

  it('taps 收藏 and the button says 已收藏', async () => {
    const { page } = phone
    await favouriteButton(page).tap()
    await visibleText(page, '★ 已收藏').waitFor()
    assert.equal(await favouriteButton(page).getAttribute('aria-pressed'), 'true')
    await screenshot(page, 'services-3-guide')
  })

  it('reloads the page and the guide is still 已收藏', async () => {
    const { page } = phone
    await page.reload()
    await waitForOnlyTitle(page, '办事指南')
    await visible(page.getByRole('heading', { level: 2, name: HEATING.name })).waitFor()
    await visibleText(page, '★ 已收藏').waitFor()
    assert.equal(await favouriteButton(page).getAttribute('aria-pressed'), 'true')
  })

  it('goes back to 民生 and finds the guide under 我的收藏 and 最近浏览', async () => {
    const { page } = phone
    await visible(page.getByLabel('返回上一页')).tap()
    await waitForOnlyTitle(page, '民生服务')
    assert.deepEqual(await chipsUnder(page, '我的收藏'), [HEATING.name])
    assert.deepEqual(await chipsUnder(page, '最近浏览'), [HEATING.name])
    await screenshot(page, 'services-4-tab-saved')
  })

  it('taps the 我的收藏 chip and is back on the guide, still 已收藏', async () => {
    const { page } = phone
    await visible(page.locator('.saved-guides__chip').filter({ hasText: HEATING.name })).tap()
    await waitForOnlyTitle(page, '办事指南')
    await visible(page.getByRole('heading', { level: 2, name: HEATING.name })).waitFor()
    await visibleText(page, '★ 已收藏').waitFor()
  })

  it('taps 已收藏 to un-save it, goes back, and 民生 no longer lists it under 我的收藏 but still under 最近浏览', async () => {
    const { page } = phone
    await favouriteButton(page).tap()
    await visibleText(page, '☆ 收藏').waitFor()
    // 民生 stayed open underneath, so this is the page it shows again, not a fresh one.
    await visible(page.getByLabel('返回上一页')).tap()
    await waitForOnlyTitle(page, '民生服务')
    assert.deepEqual(await chipsUnder(page, '最近浏览'), [HEATING.name])
    assert.equal(await page.getByRole('heading', { name: '我的收藏' }).filter({ visible: true }).count(), 0)
  })
})

describe('a resident follows a shared link to a guide card', () => {
  const phone = phoneForSuite(browser)

  it('a link to ?id=employment-yulu-plan opens that guide, not yet a favourite', async () => {
    const { page } = phone
    const guide = guides.find((g) => g.id === 'employment-yulu-plan')!
    await openApp(page, `packages/services/guide/index?id=${guide.id}`)
    await waitForOnlyTitle(page, '办事指南')
    await visible(page.getByRole('heading', { level: 2, name: guide.name })).waitFor()
    await visibleText(page, '☆ 收藏').waitFor()
  })

  it('a link with an unknown id says 找不到这条办事指南, and 返回民生 goes to the 民生 tab', async () => {
    const { page } = phone
    await openApp(page, 'packages/services/guide/index?id=no-such-guide')
    await waitForOnlyTitle(page, '办事指南')
    await visibleText(page, '找不到这条办事指南').waitFor()
    assert.equal(await page.getByRole('heading', { level: 2 }).filter({ visible: true }).count(), 0)
    // NutUI draws the label inside the button, which takes the tap itself.
    await visible(page.locator('.nut-button').filter({ hasText: '返回民生' })).tap()
    await waitForOnlyTitle(page, '民生服务')
  })
})

// A resident on a phone taps 搜索 in any tab's header and searches the whole app once: types pinyin (shidi), sees
// 要闻 and 公园 results grouped with counts and 湿地 picked out, opens a park, comes back to find shidi under 最近搜索,
// opens a news article found by pinyin, and turns on 长辈版 from the offer that 长辈版 typed as pinyin brings up.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { TABS } from '@/app/tabs'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, visibleText, waitForOnlyTitle } from './support/app'
import { waitForSteadyLayout } from './support/layout'
import { screenshot } from './support/screenshot'

const browser = browserForFile()

/** Visible elements only: Taro's H5 router keeps the pages a person has left in the DOM, hidden. */
const visible = (locator: Locator) => locator.filter({ visible: true }).first()

const searchBox = (page: Page) => visible(page.getByRole('textbox'))

/** Goes back from a result to 搜索, empties the box and returns the 最近搜索 chip row. */
async function backToEmptySearch(page: Page): Promise<Locator> {
  await visible(page.getByLabel('返回上一页')).tap()
  await waitForOnlyTitle(page, '搜索')
  await searchBox(page).fill('')
  return visible(page.getByRole('group', { name: '最近搜索' }))
}

/** The chips of a row, as their trimmed texts. */
const chipTexts = async (row: Locator) => (await row.locator('.nut-button').allInnerTexts()).map((t) => t.trim())

/** The result groups on screen, e.g. ["要闻 2 条", "公园 4 条"]. */
async function groupsOnScreen(page: Page): Promise<string[]> {
  const heads = page.locator('.global-search__group-head').filter({ visible: true })
  return (await heads.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())
}

/** A result row by its title. */
const result = (page: Page, title: string) => visible(page.locator('.nut-cell-clickable').filter({ hasText: title }))

describe('every tab header has a 搜索 button that opens the one search', () => {
  const phone = phoneForSuite(browser)

  for (const tab of TABS) {
    it(`${tab.text}: 搜索 in the header opens 搜索 with the box ready`, async () => {
      const { page } = phone
      await openApp(page, tab.pagePath)
      await waitForOnlyTitle(page, tab.title)
      if (tab.key === 'news') await screenshot(page, 'search-0-tab-header')
      await visible(page.getByRole('button', { name: '搜索', exact: true })).tap()
      await waitForOnlyTitle(page, '搜索')
      await visibleText(page, '可输入汉字、拼音或首字母').waitFor()
      await searchBox(page).waitFor()
    })
  }
})

describe('a resident searches the whole app by pinyin and opens what they found', () => {
  const phone = phoneForSuite(browser)

  it('opens search from the 公园 tab and sees examples, no recent searches yet', async () => {
    const { page } = phone
    await openApp(page, 'pages/parks/index')
    await waitForOnlyTitle(page, '公园绿地')
    await visible(page.getByRole('button', { name: '搜索', exact: true })).tap()
    await waitForOnlyTitle(page, '搜索')
    await visible(page.getByRole('heading', { name: '试试这样搜' })).waitFor()
    assert.equal(await page.getByRole('heading', { name: '最近搜索' }).filter({ visible: true }).count(), 0)
    await screenshot(page, 'search-1-empty')
  })

  it('types shidi and sees 要闻 and 公园 with counts, 湿地 picked out', async () => {
    const { page } = phone
    await searchBox(page).pressSequentially('shidi')
    await visibleText(page, '找到 6 条').waitFor()
    assert.deepEqual(await groupsOnScreen(page), ['要闻 2 条', '公园 4 条'])
    const picked = await page.locator('.highlighted-text__match').filter({ visible: true }).allInnerTexts()
    assert.ok(picked.includes('湿地'), `highlighted: ${JSON.stringify(picked)}`)
    await visibleText(page, '本机还没有保存社区通知。联网打开“月湾湖”页后，通知也能搜到。').waitFor()
    await waitForSteadyLayout(page)
    await screenshot(page, 'search-2-shidi')
  })

  it('taps 花溪湿地公园 and lands on its plan-a-visit page', async () => {
    const { page } = phone
    await result(page, '花溪湿地公园').tap()
    await waitForOnlyTitle(page, '游园计划')
    await visible(page.getByRole('heading', { level: 2, name: '花溪湿地公园' })).waitFor()
  })

  it('comes back, empties the box, and finds shidi under 最近搜索; tapping it searches again', async () => {
    const { page } = phone
    const recents = await backToEmptySearch(page)
    assert.deepEqual(await chipTexts(recents), ['shidi'])
    await screenshot(page, 'search-3-recent')
    await recents.locator('.nut-button').filter({ hasText: 'shidi' }).tap()
    await visibleText(page, '找到 6 条').waitFor()
  })

  it('types dashuju (大数据) and opens the news article it finds', async () => {
    const { page } = phone
    await searchBox(page).fill('')
    await searchBox(page).pressSequentially('dashuju')
    const article = result(page, '大数据产业加速培育')
    await article.waitFor()
    assert.deepEqual((await groupsOnScreen(page))[0].split(' ')[0], '要闻')
    await article.tap()
    await waitForOnlyTitle(page, '西城要闻')
    await visible(page.getByRole('heading', { level: 2, name: /大数据产业加速培育/ })).waitFor()
  })

  it('clears 最近搜索 with 清除', async () => {
    const { page } = phone
    assert.deepEqual(await chipTexts(await backToEmptySearch(page)), ['dashuju', 'shidi'])
    await visible(page.getByLabel('清除最近搜索')).tap()
    await visible(page.getByRole('heading', { name: '试试这样搜' })).waitFor()
    assert.equal(await page.getByRole('heading', { name: '最近搜索' }).filter({ visible: true }).count(), 0)
  })

  it('types zhangbeiban, is offered 长辈版, and turns it on from the offer', async () => {
    const { page } = phone
    await searchBox(page).pressSequentially('zhangbeiban')
    const offer = visible(page.getByRole('region', { name: '长辈版设置' }))
    await offer.waitFor()
    await offer.locator('.elder-mode-switch').tap()
    await visible(page.locator('.page-shell--elder')).waitFor()
    await visibleText(page, '长辈版已开启').waitFor()
    await searchBox(page).fill('')
    await searchBox(page).pressSequentially('shidi')
    await visibleText(page, '找到 6 条').waitFor()
    await waitForSteadyLayout(page)
    await screenshot(page, 'search-4-elder-shidi')
  })

  it('in 长辈版 the tab headers keep 搜索 at the 60 px target', async () => {
    const { page } = phone
    await openApp(page, 'pages/news/index')
    await waitForOnlyTitle(page, '西城要闻')
    const box = await visible(page.getByRole('button', { name: '搜索', exact: true })).boundingBox()
    assert.ok(box && box.height >= 60 && box.width >= 60, `搜索 is ${box?.width}×${box?.height}`)
    await screenshot(page, 'search-5-elder-tab-header')
  })
})

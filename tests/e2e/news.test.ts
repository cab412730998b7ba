// A resident reads 要闻 on a phone: filters by year, opens an article, enlarges its text (kept after a reload), goes
// back, follows a 关键数据 bar and a 发展时间线 milestone to their articles, and opens shared article links.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import news from '@/content/news.json'
import timeline from '@/content/timeline.json'
import { ARTICLE_PAGE } from '@/domain/routes'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, visibleText, waitForOnlyTitle } from './support/app'
import { waitForSteadyLayout } from './support/layout'
import { screenshot } from './support/screenshot'

const browser = browserForFile()

function article(id: string): (typeof news)[number] {
  const found = news.find((a) => a.id === id)
  if (!found) throw new Error(`news.json has no article ${id}`)
  return found
}

/**
 * The article cards on screen by year and title (e.g. "2021年 重点项目80个，…"): what a card's name, read from its
 * visible text, starts with (the theme comes between them).
 */
function cardNames(page: Page): Promise<string[]> {
  return page
    .locator('.news-card')
    .filter({ visible: true })
    .evaluateAll((cards) =>
      cards.map(
        (c) =>
          `${(c.querySelector('.news-card__meta') as HTMLElement | null)?.innerText.split(/\s/)[0] ?? ''} ${
            (c.querySelector('.news-card__title') as HTMLElement | null)?.innerText ?? ''
          }`,
      ),
    )
}

/*
 * Taro renders a NutUI button in H5 as <taro-button-core> with no button role, so getByRole('button') does not find
 * it, and its text sits in an inner view that does not take taps: find the button by its label or its text.
 */

/** A NutUI button by its aria-label (A+ 增大字号, 返回上一页). */
function button(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true }).filter({ visible: true }).first()
}

/** A NutUI button by the text on it, within `scope` (a chip in a filter row, 返回要闻). */
function buttonWithText(page: Page, text: string, scope: Page | Locator = page): Locator {
  return scope
    .locator('.nut-button')
    .filter({ visible: true })
    .filter({ has: page.getByText(text, { exact: true }) })
    .first()
}

/** A chip in one of the filter rows (按年份筛选 / 按主题筛选). */
function chip(page: Page, group: string, label: string): Locator {
  return buttonWithText(page, label, page.getByRole('group', { name: group }))
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A tappable card, bar or tile by the name it is read out with: its visible texts, in order (`parts`, whatever space
 * the browser puts between them); with `more`, the name may go on (a card's summary and source).
 */
function link(page: Page, parts: string[], more = false): Locator {
  const name = new RegExp(`^${parts.map(escaped).join('\\s*')}${more ? '' : '$'}`)
  return page.getByRole('link', { name }).filter({ visible: true }).first()
}

/** Waits for the article page showing `title`, and for the page it was opened from to be out of sight. */
async function waitForArticle(page: Page, title: string): Promise<void> {
  const detail = page.locator('.article-detail').filter({ visible: true })
  await detail.getByRole('heading', { level: 2, name: title, exact: true }).waitFor()
  // The article page is titled 西城要闻 like the list it may have come from.
  await waitForOnlyTitle(page, '西城要闻')
  await waitForSteadyLayout(page)
}

/** Computed font size, in CSS px, of the first body paragraph of the article on screen. */
function paragraphFontSize(page: Page): Promise<number> {
  return page
    .locator('.article-detail__paragraph')
    .filter({ visible: true })
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
}

async function back(page: Page): Promise<void> {
  await button(page, '返回上一页').tap()
}

describe('a resident reads 要闻 on a phone', () => {
  const phone = phoneForSuite(browser)
  const projects2021 = article('2021-projects')
  let normalSize = 0

  it('opens 要闻 and sees the articles of both years', async () => {
    const { page } = phone
    await openApp(page)
    await waitForOnlyTitle(page, '西城要闻')
    await visibleText(page, `共 ${news.length} 篇`).waitFor()
    const years = new Set((await cardNames(page)).map((name) => name.slice(0, 5)))
    assert.deepEqual([...years], ['2023年', '2021年'])
    await screenshot(page, 'news-1-list')
  })

  it('taps 2021年 and sees only the 2021 articles', async () => {
    const { page } = phone
    const expected = news.filter((a) => a.year === 2021).map((a) => `2021年 ${a.title}`)
    await chip(page, '按年份筛选', '2021年').tap()
    await visibleText(page, `共 ${expected.length} 篇`).waitFor()
    assert.deepEqual(await cardNames(page), expected)
  })

  it('taps an article card and reads the article with its source line', async () => {
    const { page } = phone
    await link(page, ['2021年', projects2021.theme, projects2021.title], true).tap()
    await waitForArticle(page, projects2021.title)
    assert.match(page.url(), new RegExp(`#/${ARTICLE_PAGE}\\?id=2021-projects$`))
    await visibleText(page, '来源：西城区2021年工作回顾').waitFor()
    await visibleText(page, projects2021.body[0]).waitFor()
    await screenshot(page, 'news-4-detail')
  })

  it('presses A+ and the article text grows', async () => {
    const { page } = phone
    normalSize = await paragraphFontSize(page)
    await button(page, 'A+ 增大字号').tap()
    await visibleText(page, '字号：大').waitFor()
    const bigger = await paragraphFontSize(page)
    assert.ok(bigger > normalSize, `font size ${normalSize}px → ${bigger}px`)
    // 标准 16 → 大 19 in the design's px, whatever the rem scaling.
    assert.ok(Math.abs(bigger / normalSize - 19 / 16) < 0.02, `ratio ${bigger / normalSize}`)
    await screenshot(page, 'news-5-detail-large-text')
  })

  it('reloads the article and the text is still the bigger size', async () => {
    const { page } = phone
    await page.reload()
    await waitForArticle(page, projects2021.title)
    await visibleText(page, '字号：大').waitFor()
    assert.ok((await paragraphFontSize(page)) > normalSize)
  })

  it('goes back with ‹ 返回 to the 要闻 list', async () => {
    const { page } = phone
    await back(page)
    await waitForOnlyTitle(page, '西城要闻')
    await chip(page, '按年份筛选', '全部年份').waitFor()
    assert.ok((await cardNames(page)).length > 0)
  })

  it('opens 关键数据 and taps the 2023 bar of 重点项目总投资 to read its article', async () => {
    const { page } = phone
    await link(page, ['关键数据', '财政、项目、民生等数字与两年对比']).tap()
    await waitForOnlyTitle(page, '关键数据')
    await visibleText(page, '两年对比').waitFor()
    await screenshot(page, 'news-2-figures')
    await link(page, ['2023', '545亿元']).tap()
    await waitForArticle(page, article('2023-projects').title)
    await visibleText(page, '来源：西城区2023年工作回顾').waitFor()
  })

  it('goes back from that article to 关键数据, then to 要闻', async () => {
    const { page } = phone
    await back(page)
    await waitForOnlyTitle(page, '关键数据')
    await back(page)
    await waitForOnlyTitle(page, '西城要闻')
  })

  it('opens 发展时间线, oldest first, and taps a milestone to read its article', async () => {
    const { page } = phone
    await link(page, ['发展时间线', '2021 → 2023 年的重要节点']).tap()
    await waitForOnlyTitle(page, '发展时间线')
    const names = await page
      .locator('.timeline__title')
      .filter({ visible: true })
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText))
    assert.equal(names.length, timeline.length)
    const years = names.map((name) => name.slice(0, 5))
    assert.deepEqual(years, [...years].sort(), 'oldest year first')
    assert.deepEqual([years[0], years[years.length - 1]], ['2021年', '2023年'])
    await screenshot(page, 'news-3-timeline')
    const milestone = timeline.find((m) => m.id === '2023-yuewanhu-community')!
    await link(page, [`${milestone.year}年`, milestone.title]).tap()
    await waitForArticle(page, article(milestone.articleId).title)
  })
})

describe('a resident follows a shared article link', () => {
  const phone = phoneForSuite(browser)

  it('opens #/packages/news/detail/index?id=2023-projects straight at the article', async () => {
    const { page } = phone
    const projects2023 = article('2023-projects')
    await openApp(page, `${ARTICLE_PAGE}?id=2023-projects`)
    await waitForArticle(page, projects2023.title)
    await visibleText(page, '来源：西城区2023年工作回顾').waitFor()
    await visibleText(page, '文中数据').waitFor()
  })

  it('a link with an unknown id says 找不到这篇文章, and 返回要闻 leads to the list', async () => {
    const { page } = phone
    await openApp(page, `${ARTICLE_PAGE}?id=no-such-article`)
    await visibleText(page, '找不到这篇文章').waitFor()
    assert.equal(await page.getByRole('heading', { level: 2 }).filter({ visible: true }).count(), 0)
    await buttonWithText(page, '返回要闻').tap()
    await waitForOnlyTitle(page, '西城要闻')
    await visibleText(page, `共 ${news.length} 篇`).waitFor()
  })
})

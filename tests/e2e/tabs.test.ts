// A resident's walk through the four tabs of the H5 app on a phone, plus a shared deep link and the API health check.
import crypto from 'node:crypto'
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import news from '@/content/news.json'
import parks from '@/content/parks.json'
import community from '@/content/community.json'
import { type PhonePage } from './support/browser'
import { browserForFile, phoneForSuite } from './support/suite'
import { baseUrl, openApp, problemSeeing, tabBar, tabItem, visibleText, waitForOnlyTitle } from './support/app'
import { screenshot } from './support/screenshot'

const browser = browserForFile()

/**
 * Taps a tab by the label a person reads under its icon; waits until its page, and only its page, is on screen.
 * A CSP violation on the way fails the test (support/browser.ts counts it as a page error).
 */
async function tapTab(phone: PhonePage, label: string, title: string): Promise<void> {
  await visibleText(tabBar(phone.page), label).tap()
  await waitForOnlyTitle(phone.page, title)
}

describe('a resident opens the app on a phone and visits every tab', () => {
  const phone = phoneForSuite(browser)

  it('opens at the root and lands on 西城要闻 with articles from the annual reviews', async () => {
    const { page } = phone
    await openApp(page)
    await waitForOnlyTitle(page, '西城要闻')
    const firstCard = page.getByRole('heading', { level: 2 }).filter({ visible: true }).first()
    await firstCard.waitFor()
    const titles = news.map((a) => a.title)
    assert.ok(
      titles.includes((await firstCard.innerText()).trim()),
      'the first card shows an article title from news.json',
    )
    await screenshot(page, 'tab-1-news')
  })

  it('taps 民生 and finds the 12345 政务服务便民热线', async () => {
    const { page } = phone
    await tapTab(phone, '民生', '民生服务')
    await visibleText(page, '12345').waitFor()
    await visibleText(page, '政务服务便民热线').waitFor()
    await screenshot(page, 'tab-2-services')
  })

  it('taps 公园 and can scroll to every park the reviews name; unknown hours say 以现场公示为准', async () => {
    const { page } = phone
    await tapTab(phone, '公园', '公园绿地')
    const problems: string[] = []
    for (const park of parks) {
      const name = visibleText(page, park.name)
      await name.waitFor()
      const problem = await problemSeeing(page, name)
      if (problem) problems.push(`${park.name}: ${problem}`)
    }
    assert.deepEqual(problems, [], 'every park name can be scrolled into plain sight')
    await visibleText(page, '以现场公示为准').waitFor()
    await screenshot(page, 'tab-3-parks')
  })

  it('taps 月湾湖 and reads about 月湾湖社区 with where each fact comes from', async () => {
    const { page } = phone
    await tapTab(phone, '月湾湖', '月湾湖社区')
    await visibleText(page, community[0].summary).waitFor()
    await visibleText(page, '来源：西城区2023年工作回顾').waitFor()
    await screenshot(page, 'tab-4-community')
  })

  it('taps 要闻 again and is back on the news list, the other tabs out of sight', async () => {
    const { page } = phone
    await tapTab(phone, '要闻', '西城要闻')
    await visibleText(page, news[0].title).waitFor()
  })
})

describe('a resident follows a shared link', () => {
  const phone = phoneForSuite(browser)

  it('a link straight to #/pages/parks/index opens the 公园 tab', async () => {
    const { page } = phone
    await openApp(page, 'pages/parks/index')
    await waitForOnlyTitle(page, '公园绿地')
    await visibleText(page, parks[0].name).waitFor()
    assert.match(
      (await tabItem(page, '公园').getAttribute('class')) ?? '',
      /weui-bar__item_on/,
      'the 公园 tab is highlighted',
    )
  })
})

describe('the page is served under a Content-Security-Policy', () => {
  it('allows exactly the inline scripts of the built index.html, and refuses framing', async () => {
    const response = await fetch(`${baseUrl()}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    const html = await response.text()
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    // Taro's rem sizing, and the prerender's choice of first screen (scripts/first-screen/picker.ts).
    assert.equal(inline.length, 2, 'two inline scripts')
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src ')) ?? ''
    for (const script of inline) {
      const hash = crypto.createHash('sha256').update(script).digest('base64')
      assert.ok(scriptSrc.split(' ').includes(`'sha256-${hash}'`), `script-src allows its hash: ${csp}`)
    }
    assert.ok(!/unsafe-inline|unsafe-eval/.test(scriptSrc), 'no inline script or eval beyond the hashes')
    assert.match(csp, /frame-ancestors 'none'/)
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
    // Every phone page fails its test on a console error naming the Content Security Policy (support/browser.ts),
    // so each tab visited above ran with nothing blocked.
  })
})

describe('the mock API behind the app', () => {
  it('answers the health check with {ok: true}', async () => {
    const response = await fetch(`${baseUrl()}/api/health`)
    assert.equal(response.status, 200)
    assert.deepEqual(await response.json(), { ok: true })
  })
})

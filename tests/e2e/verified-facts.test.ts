// From 待核实 to 已核实, on the H5 build and the real API at 390×844: a worker signs in, opens 核实信息 on the desk and
// verifies the 冬季供暖 guide's 地点 and 咨询电话 (电话核实); a resident then opens the guide and sees both values marked
// 已核实 · 月湾湖社区 · date, taps the mark to read how and by whom, and taps 拨打 to call the verified number — in
// 标准版 and 长辈版. A search that finds nothing offers 小事快办 and 拨打 12345 instead of a bare 暂无结果.
// The place and number are test values (示例…（测试）, 0395-0000000), not the real office.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { REPORTS_PAGE, SEARCH_PAGE, WORKER_PAGE, guideUrl } from '@/domain/routes'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, visibleText, waitForOnlyTitle } from './support/app'
import { WORKER_LOGIN, WORKER_PASSPHRASE, api } from './support/api'
import { waitForSteadyLayout } from './support/layout'
import { screenshot } from './support/screenshot'

const EXAMPLE_PLACE = '示例路 1 号社区服务站（测试）'
const EXAMPLE_PHONE = '0395-0000000'
const HEATING = 'utilities-heating'

const browser = browserForFile()

/** Visible elements only: Taro's H5 router keeps the pages a person has left in the DOM, hidden. */
const visible = (locator: Locator) => locator.filter({ visible: true }).first()
const button = (page: Page, name: string | RegExp) => visible(page.getByRole('button', { name, exact: true }))
const field = (page: Page, placeholder: string) =>
  visible(page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`))

/** The URLs the page asked the browser to navigate to (tel: links included, which never load), as Chromium saw them. */
async function recordNavigations(page: Page): Promise<string[]> {
  const urls: string[] = []
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.enable')
  cdp.on('Page.frameRequestedNavigation', (event: { url: string }) => urls.push(event.url))
  return urls
}

/** From the desk: 核实信息 → 办事指南 → 冬季供暖 → the field; types the value, 电话核实, 发布 and 确认发布. */
async function verifyHeating(page: Page, label: string, placeholder: string, value: string, shot: string) {
  await openHeatingFields(page)
  await visible(page.getByLabel(new RegExp(`^核实冬季供暖的${label}（`))).tap()
  await waitForOnlyTitle(page, '核实信息')
  await visibleText(page, `核实：冬季供暖 · ${label}`).waitFor()
  await field(page, placeholder).fill(value)
  await visibleText(page, '电话核实').tap()
  await visibleText(page, '发布核实结果').tap()
  // Publishing asks first and says what residents will see.
  await visible(page.getByText(`发布后居民会看到「冬季供暖 · ${label}」标为已核实，新的内容：${value}。`)).waitFor()
  await visibleText(page, '确认发布').tap()
  await visibleText(page, '已发布，居民现在能看到核实结果').waitFor()
  await visible(page.getByRole('list', { name: '核实记录' })).waitFor()
  await screenshot(page, shot)
}

/** The desk afresh (the session is kept): 核实信息 → 办事指南 → 冬季供暖; the list of its fields. */
async function openHeatingFields(page: Page): Promise<Locator> {
  await openApp(page, WORKER_PAGE)
  // A fresh page: coming back by route would find the desk as it was left, its lists already open.
  await page.reload()
  await visibleText(page, '核实信息').waitFor()
  await visibleText(page, '办事指南').tap()
  await visible(page.getByText(/^冬季供暖 · 待核实 \d+ 项$/)).tap()
  const fields = visible(page.getByRole('list', { name: '冬季供暖可核实的项' }))
  await fields.waitFor()
  return fields
}

describe('a worker verifies the heating guide’s 地点 and 咨询电话 on the desk', () => {
  const phone = phoneForSuite(browser)

  it('signs in and finds 冬季供暖 under 核实信息 with its fields 待核实', async () => {
    const { page } = phone
    await openApp(page, WORKER_PAGE)
    await field(page, '账号').fill(WORKER_LOGIN)
    await field(page, '口令').fill(WORKER_PASSPHRASE)
    await button(page, '登录').click()
    await visibleText(page, '核实信息').waitFor()
    const fields = await openHeatingFields(page)
    await screenshot(page, 'verify-0-desk')
    await visibleText(fields, '地点 — 待核实').waitFor()
    await visibleText(fields, '咨询电话 — 待核实').waitFor()
  })

  it('verifies 地点 by phone, confirming first', async () => {
    await verifyHeating(phone.page, '地点', '例如：某某路某号某楼', EXAMPLE_PLACE, 'verify-1-place')
  })

  it('verifies 咨询电话 by phone, and the server shows both with who and how', async () => {
    await verifyHeating(phone.page, '咨询电话', '区号-号码，或 11 位手机号', EXAMPLE_PHONE, 'verify-2-phone')
    const list = await api('GET', '/api/verified-facts')
    const facts = (list.body.facts as { subject: { id: string; field: string }; value: unknown; method: string }[])
      .filter((f) => f.subject.id === HEATING)
      .map((f) => [f.subject.field, f.value, f.method])
    assert.deepEqual(
      facts.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      [
        ['phone', EXAMPLE_PHONE, 'phone'],
        ['where', { text: EXAMPLE_PLACE, point: null }, 'phone'],
      ],
    )
  })
})

describe('a resident reads the verified heating guide and calls the number', () => {
  const phone = phoneForSuite(browser)

  it('sees 地点 and 咨询电话 marked 已核实 · 月湾湖社区 · date', async () => {
    const { page } = phone
    await openApp(page, guideUrl(HEATING).slice(1))
    await waitForOnlyTitle(page, '办事指南')
    await visibleText(page, EXAMPLE_PLACE).waitFor()
    await visibleText(page, EXAMPLE_PHONE).waitFor()
    const marks = page.getByText(/^已核实 · 月湾湖社区 · \d{4}-\d{2}-\d{2}$/).filter({ visible: true })
    await marks.first().waitFor()
    assert.equal(await marks.count(), 2, 'one mark for 地点, one for 咨询电话')
    await screenshot(page, 'verify-3-resident-guide')
  })

  it('taps a mark and reads how it was verified, and by whom', async () => {
    const { page } = phone
    await page
      .getByText(/^已核实 · 月湾湖社区 · /)
      .filter({ visible: true })
      .first()
      .tap()
    await visible(page.getByText('电话核实')).waitFor()
    await visible(page.getByText(/下次复核/)).waitFor()
    await screenshot(page, 'verify-4-how')
  })

  it('taps 拨打 and the phone is asked to dial the verified number', async () => {
    const { page } = phone
    const navigations = await recordNavigations(page)
    await button(page, `拨打 ${EXAMPLE_PHONE}`).tap()
    await assertEventually(() => navigations.includes(`tel:${EXAMPLE_PHONE}`), `navigations: ${navigations.join(', ')}`)
  })

  it('in 长辈版 the verified values and 拨打 are still there, big enough to tap', async () => {
    const { page } = phone
    await page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
    await page.locator('.page-shell--elder').filter({ visible: true }).first().waitFor()
    await waitForSteadyLayout(page)
    const call = button(page, `拨打 ${EXAMPLE_PHONE}`)
    const box = await call.boundingBox()
    assert.ok(box && box.height >= 60, `拨打 is ${box?.height} px high`)
    await screenshot(page, 'verify-5-resident-guide-elder')
  })
})

describe('a search that finds nothing still leads somewhere', () => {
  const phone = phoneForSuite(browser)

  it('offers 小事快办 and 拨打 12345, and 小事快办 opens the report form', async () => {
    const { page } = phone
    await openApp(page, SEARCH_PAGE)
    await waitForOnlyTitle(page, '搜索')
    await visible(page.getByRole('textbox')).pressSequentially('火星基地')
    await visible(page.getByText('小事快办：把问题告诉社区')).waitFor()
    await visible(page.getByRole('button', { name: '拨打 12345 政务服务便民热线' })).waitFor()
    assert.equal(await page.getByText('暂无结果', { exact: true }).filter({ visible: true }).count(), 0)
    await screenshot(page, 'search-9-no-results')
    await visible(page.getByText('小事快办：把问题告诉社区')).tap()
    await waitForOnlyTitle(page, '小事快办')
    assert.match(page.url(), new RegExp(REPORTS_PAGE.replace(/\//g, '\\/')))
  })

  it('拨打 12345 asks the phone to dial 12345', async () => {
    const { page } = phone
    await openApp(page, SEARCH_PAGE)
    await waitForOnlyTitle(page, '搜索')
    await visible(page.getByRole('textbox')).pressSequentially('火星基地')
    const navigations = await recordNavigations(page)
    await visible(page.getByRole('button', { name: '拨打 12345 政务服务便民热线' })).tap()
    await assertEventually(() => navigations.includes('tel:12345'), `navigations: ${navigations.join(', ')}`)
  })
})

/** Polls `check` for up to 5 s. */
async function assertEventually(check: () => boolean, message: string): Promise<void> {
  for (let i = 0; i < 50 && !check(); i += 1) await new Promise((r) => setTimeout(r, 100))
  assert.ok(check(), message)
}

// 我的消息 end to end on the H5 build and the real server: a resident's report gets a worker's reply, and the 月湾湖
// tab shows a badge on the tab bar and a 消息 row with the reply; opening it clears the badge. Offline, 我的消息 shows
// the saved reply with the time it was fetched. The page passes axe, tap-target and 长辈版 text-size checks.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { MESSAGES_PAGE, REPORTS_PAGE } from '@/domain/routes'
import type { ReportView } from '@/domain/api-contract'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, tabItem, visibleText } from './support/app'
import { WORKER_LOGIN, api, token, workerSignIn } from './support/api'
import { screenshot } from './support/screenshot'
import { blockingAxeViolations, smallTapTargets, smallText } from './support/usability'

const DESCRIPTION = `长椅坏了（消息 e2e ${Date.now().toString(36)}）`
const PLACE = '湖边步道东段'
const REPLY = '已安排维修，本周内修好'

assert.ok(WORKER_LOGIN, 'E2E_WORKER_LOGIN is set by scripts/run-e2e.ts')
const browser = browserForFile()
const phone = phoneForSuite(browser)

async function setElderMode(page: Page, elder: boolean): Promise<void> {
  const shell = page.locator('.page-shell--elder').filter({ visible: true })
  if ((await shell.count()) > 0 === elder) return
  await page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
  await shell.first().waitFor({ state: elder ? 'visible' : 'detached' })
}

const row = (page: Page) => page.locator('.messages__row').filter({ visible: true }).filter({ hasText: PLACE })

describe('a worker reply reaches the resident in the app', () => {
  it('the resident reports a problem in 小事快办', async () => {
    const { page } = phone
    await openApp(page, REPORTS_PAGE)
    await page.getByRole('button', { name: '设施报修', exact: true }).filter({ visible: true }).click()
    await page.locator('textarea[placeholder="发生了什么，例如：路灯不亮"]').filter({ visible: true }).fill(DESCRIPTION)
    await page.locator('input[placeholder="在哪里"]').filter({ visible: true }).fill(PLACE)
    await page.getByRole('button', { name: '提交', exact: true }).filter({ visible: true }).click()
    await page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION }).waitFor()
  })

  it('a worker reply makes the tab badge and the 消息 row appear', async () => {
    const { page } = phone
    const worker = await token(workerSignIn())
    const list = await api('GET', '/api/reports', undefined, worker)
    const report = (list.body.reports as ReportView[]).find((r) => r.description === DESCRIPTION)
    assert.ok(report, 'the worker sees the report')
    const res = await api('PATCH', `/api/reports/${report.id}`, { status: 'accepted', reply: REPLY }, worker)
    assert.equal(res.status, 200)

    await openApp(page, 'pages/community/index')
    const badge = tabItem(page, '月湾湖').locator('.taro-tabbar-badge')
    await badge.waitFor()
    assert.equal(await badge.innerText(), '1')
    await visibleText(page, '我的消息（1 条新进展）').waitFor()
    await screenshot(page, 'messages-1-tab-badge')

    await visibleText(page, '我的消息（1 条新进展）').click()
    await row(page).getByText(new RegExp(REPLY)).waitFor()
    assert.match(await row(page).innerText(), /新[\s\S]*已受理 · 有新进展[\s\S]*月湾湖社区回复/)
    await screenshot(page, 'messages-2-list')
    for (const [elder, minTarget] of [
      [false, 44],
      [true, 60],
    ] as const) {
      await setElderMode(page, elder)
      assert.deepEqual(await blockingAxeViolations(page), [], `axe, ${elder ? '长辈版' : '标准版'}`)
      assert.deepEqual(await smallTapTargets(phone, minTarget), [], `tap targets, ${elder ? '长辈版' : '标准版'}`)
      if (elder) {
        assert.deepEqual(await smallText(phone, 18), [], 'text size, 长辈版')
        await screenshot(page, 'messages-2-list-elder')
      }
    }
    await setElderMode(page, false)
  })

  it('opening the report shows its timeline and clears the badge', async () => {
    const { page } = phone
    await row(page)
      .getByRole('button', { name: /^查看进度/ })
      .click()
    await row(page).getByText('已受理（当前）').waitFor()
    await row(page).getByText('新', { exact: true }).waitFor({ state: 'detached' })
    await page.goBack()
    await visibleText(page, '我的消息').waitFor()
    await tabItem(page, '月湾湖').locator('.taro-tabbar-badge').waitFor({ state: 'detached' })
  })

  it('offline, 我的消息 shows the saved reply with the time it was fetched', async () => {
    const { page, context } = phone
    await context.setOffline(true)
    try {
      await visibleText(page, '我的消息').click()
      await page
        .getByText(/^离线查看 · 更新于 \d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
        .filter({ visible: true })
        .waitFor()
      assert.match(await row(page).locator('.messages__reply').first().innerText(), new RegExp(REPLY))
      assert.equal(
        await page
          .getByText(/加载失败/)
          .filter({ visible: true })
          .count(),
        0,
      )
      await screenshot(page, 'messages-3-offline')
    } finally {
      await context.setOffline(false)
    }
  })
})

// The page opened directly (a shared link, a reload) works too.
describe('我的消息 opened directly', () => {
  it('loads', async () => {
    const { page } = phone
    await openApp(page, MESSAGES_PAGE)
    await row(page).waitFor()
  })
})

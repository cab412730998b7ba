// A resident opens the 隐私政策 from the 月湾湖 tab and from the 小事快办 form, in 标准版 and in 长辈版, and reads what
// is collected, who sees it, how long it is kept and how to delete it; it fits a 320 px wide screen.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { REPORTS_PAGE } from '@/domain/routes'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, showElderFullContent, waitForOnlyTitle } from './support/app'
import { waitForSteadyLayout } from './support/layout'
import { screenshot } from './support/screenshot'

const browser = browserForFile()

/** Visible elements only: Taro's H5 router keeps the pages a person has left in the DOM, hidden. */
const visible = (locator: Locator) => locator.filter({ visible: true }).first()

async function elderMode(page: Page): Promise<void> {
  await visible(page.locator('.elder-mode-switch')).click()
  await visible(page.locator('.page-shell--elder')).waitFor()
  // A tab in 长辈版 opens on its tiles: the 隐私政策 link is in its full content.
  await showElderFullContent(page)
}

/** The policy is on screen, every section there, with the server's retention (365 days by default). */
async function policyShown(page: Page): Promise<void> {
  await waitForOnlyTitle(page, '隐私政策')
  for (const heading of ['我们收集什么', '为什么收集', '谁能看到', '保存多久', '怎样删除']) {
    await visible(page.getByRole('heading', { name: heading })).waitFor()
  }
  await visible(page.getByText(/在最后一次更新 365 天后由服务器自动删除/)).waitFor()
  await visible(page.getByText(/^删除我的全部数据：/)).waitFor()
}

async function targetHeight(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  assert.ok(box, 'the link is on screen')
  return box.height
}

for (const mode of ['standard', 'elder'] as const) {
  const minTarget = mode === 'elder' ? 60 : 44
  describe(`the 隐私政策 opens from 月湾湖 and from the report form (${mode})`, () => {
    const phone = phoneForSuite(browser)

    it('from the 月湾湖 tab', async () => {
      const { page } = phone
      await openApp(page, 'pages/community/index')
      if (mode === 'elder') await elderMode(page)
      const link = visible(page.getByRole('link', { name: /^隐私\s*隐私政策/ }))
      await link.scrollIntoViewIfNeeded()
      assert.ok((await targetHeight(link)) >= minTarget - 0.5, `the link is a ${minTarget} px target`)
      await link.tap()
      await policyShown(page)
      await waitForSteadyLayout(page)
      await screenshot(page, `privacy-1-from-community-${mode}`)
    })

    it('from the 小事快办 form', async () => {
      const { page } = phone
      await openApp(page, REPORTS_PAGE)
      const link = visible(page.getByRole('link', { name: /^隐私\s*隐私政策/ }))
      await link.scrollIntoViewIfNeeded()
      assert.ok((await targetHeight(link)) >= minTarget - 0.5, `the link is a ${minTarget} px target`)
      await link.tap()
      await policyShown(page)
    })

    it('fits a 320 px wide screen', async () => {
      const { page } = phone
      await page.setViewportSize({ width: 320, height: 640 })
      await waitForSteadyLayout(page)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 0, `scrolls ${overflow} px sideways`)
      await screenshot(page, `privacy-2-320px-${mode}`)
      await page.setViewportSize({ width: 390, height: 844 })
    })
  })
}

// The workers' desk never surprises a worker, on the H5 build and the real API at 390×844: a long notice body (and a
// long 小事快办 description) grows its text area instead of spilling over 置顶 / 发布方式 or scrolling inside a small box,
// in 标准版 and 长辈版; 发布 asks first and says the whole community will see it (取消 sends nothing); 撤回 asks and
// says residents will no longer see it, and the withdrawn notice can be published again. 退出登录 keeps clear of
// 居民报告.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { REPORTS_PAGE, WORKER_PAGE } from '@/domain/routes'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, visibleText } from './support/app'
import { WORKER_LOGIN, WORKER_PASSPHRASE, api } from './support/api'
import { screenshot } from './support/screenshot'

const field = (page: Page, placeholder: string): Locator =>
  page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`).filter({ visible: true })

const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true }).filter({ visible: true })

/** How many notices titled `title` residents see as published now. */
async function publishedCount(title: string): Promise<number> {
  const list = await api('GET', '/api/notices?section=feed&limit=50')
  return (list.body.notices as { title: string; state: string }[]).filter(
    (n) => n.state === 'published' && n.title === title,
  ).length
}

const BODY = Array.from(
  { length: 9 },
  (_, i) => `第 ${i + 1} 段：明日 9:00–12:00 月湾湖小区 ${i + 1} 号楼停水检修，请提前储水。`,
).join('\n')

async function signIn(page: Page): Promise<void> {
  await openApp(page, WORKER_PAGE)
  await field(page, '账号').fill(WORKER_LOGIN)
  await field(page, '口令').fill(WORKER_PASSPHRASE)
  await button(page, '登录').click()
  await visibleText(page, '写通知').waitFor()
}

async function box(target: Locator) {
  const b = await target.boundingBox()
  assert.ok(b, 'rendered')
  return b
}

/**
 * The text area (inner <textarea>) inside its drawn box (`frame`), above `next`: it grew past its first height, it
 * does not scroll inside (unless it reached its cap), and neither it nor its box reaches `next`.
 */
async function assertGrows(textarea: Locator, frame: Locator, next: Locator, firstHeight: number): Promise<void> {
  const area = await box(textarea)
  const outer = await box(frame)
  const below = await box(next)
  assert.ok(area.height > firstHeight * 1.5, `grew from ${firstHeight} to ${area.height} px`)
  assert.ok(area.y + area.height <= outer.y + outer.height + 1, 'the text stays inside its box')
  assert.ok(
    outer.y + outer.height <= below.y,
    `its box ends at ${outer.y + outer.height}, the next field is at ${below.y}`,
  )
  const scroll = await textarea.evaluate((el) => ({
    extra: el.scrollHeight - el.clientHeight,
    height: el.clientHeight,
  }))
  const cap = (page: Page) => page.viewportSize()!.height * 0.6
  assert.ok(scroll.extra <= 2 || scroll.height >= cap(textarea.page()) - 2, `scrolls ${scroll.extra} px inside`)
}

const browser = browserForFile()

/** Switches the page on screen to 长辈版 (the choice is kept for the next pages). */
async function elderMode(page: Page): Promise<void> {
  await page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
  await page.locator('.page-shell--elder').filter({ visible: true }).first().waitFor()
}

describe('a long notice body grows its text area', () => {
  const phone = phoneForSuite(browser)

  for (const mode of ['standard', 'elder'] as const) {
    it(`without reaching 置顶 or scrolling in a small box (${mode})`, async () => {
      const { page } = phone
      if (mode === 'standard') await signIn(page)
      else await elderMode(page)
      const body = field(page, '通知内容，可分段')
      await body.fill('')
      const first = (await box(body)).height
      await body.fill(BODY)
      const pin = page.getByRole('checkbox', { name: /^置顶/ }).filter({ visible: true })
      // 退出登录 sits apart from the 居民报告 card: a thumb aiming at one cannot land on the other.
      const signOut = await box(button(page, '退出登录'))
      const reports = await box(page.locator('.desk__reports').filter({ visible: true }))
      assert.ok(reports.y - (signOut.y + signOut.height) >= 8, '退出登录 is at least 8 px above 居民报告')
      await screenshot(page, `desk-1-long-body-${mode}`)
      await assertGrows(body, page.locator('.compose__textarea').filter({ visible: true }), pin, first)
      await body.fill('')
    })
  }
})

describe('a long 小事快办 description grows its text area', () => {
  const phone = phoneForSuite(browser)

  for (const mode of ['standard', 'elder'] as const) {
    it(`above 地点, without scrolling in a two-line box (${mode})`, async () => {
      const { page } = phone
      await openApp(page, REPORTS_PAGE)
      if (mode === 'elder') {
        await elderMode(page)
        await page.reload()
        await visibleText(page, '报告问题').waitFor()
      }
      const description = field(page, '发生了什么，例如：路灯不亮')
      await description.fill('')
      const first = (await box(description)).height
      await description.fill(BODY.slice(0, 160))
      const place = page.getByText('地点（文字描述，如 3号楼东侧）', { exact: true }).filter({ visible: true })
      await screenshot(page, `desk-2-long-description-${mode}`)
      await assertGrows(description, page.locator('.report__description').filter({ visible: true }), place, first)
      await description.fill('')
    })
  }
})

describe('发布, 撤回 and 重新发布 ask first', () => {
  const phone = phoneForSuite(browser)
  const title = '月湾湖电梯检修通知'

  it('发布 asks, saying the whole community will see it; 取消 sends nothing, 确认发布 publishes', async () => {
    const { page } = phone
    await signIn(page)
    await button(page, '通知').click()
    await field(page, '例如：停水通知').fill(title)
    await field(page, '通知内容，可分段').fill('周五 9:00–11:00 电梯停用。')
    await button(page, '发布').click()
    await visibleText(page, `将向全体居民发布「${title}」，发布后居民立即就能看到。`).waitFor()
    await screenshot(page, 'desk-3-confirm-publish')
    await button(page, '取消').click()
    await visibleText(page, `将向全体居民发布「${title}」，发布后居民立即就能看到。`).waitFor({ state: 'hidden' })
    assert.equal(await publishedCount(title), 0)
    await button(page, '发布').click()
    await button(page, '确认发布').click()
    await page
      .locator('.desk__note')
      .filter({ hasText: /^已发布$/ })
      .first()
      .waitFor()
    assert.equal(await publishedCount(title), 1)
  })

  it('撤回 asks, saying residents will no longer see it; the notice can then be published again', async () => {
    const { page } = phone
    await button(page, `撤回：${title}`).click()
    await page.getByText(`撤回后居民将看不到「${title}」`).filter({ visible: true }).first().waitFor()
    await screenshot(page, 'desk-4-confirm-withdraw')
    await button(page, '确认撤回').click()
    await visibleText(page, `「${title}」已撤回`).waitFor()
    assert.equal(await publishedCount(title), 0)
    await button(page, `重新发布：${title}`).click()
    await visibleText(page, `将向全体居民重新发布「${title}」，发布后居民立即就能看到。`).waitFor()
    await button(page, '确认发布').click()
    await visibleText(page, `「${title}」已重新发布`).waitFor()
    await button(page, `撤回：${title}`).waitFor()
    assert.equal(await publishedCount(title), 1)
    await screenshot(page, 'desk-5-republished')
  })
})

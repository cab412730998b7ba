// A personal worker account from start to end, on the H5 build and the real API: the admin command invites a new
// worker; on their phone the first sign-in takes the invite and a passphrase they choose; they publish a notice
// (residents see it from the community, not from them); the admin revokes the account; the worker's next action
// shows them signed out with a plain message, and signing in again says the account is stopped.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { WORKER_PAGE } from '@/domain/routes'
import { browserForFile, phoneForSuite } from './support/suite'
import { openApp, visibleText } from './support/app'
import { admin, api } from './support/api'
import { screenshot } from './support/screenshot'

const field = (page: Page, placeholder: string): Locator =>
  page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`).filter({ visible: true })
const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true }).filter({ visible: true })

const browser = browserForFile()
const NAME = '新来的社工'
const PASSPHRASE = 'my-own-passphrase'
const TITLE = `月湾湖停车位调整通知 ${Date.now().toString(36)}`

async function publish(page: Page, title: string): Promise<void> {
  await button(page, '通知').click()
  await field(page, '例如：停水通知').fill(title)
  await field(page, '通知内容，可分段').fill('下周一起 3 号楼前车位调整。')
  await button(page, '发布').click()
  await button(page, '确认发布').click()
}

describe('a worker invited by the admin signs in, publishes, is revoked and is signed out', () => {
  const phone = phoneForSuite(browser)
  let login = ''
  let id = ''

  it('the first sign-in takes the invite code and sets a passphrase', async () => {
    const printed = await admin('worker', 'add', '--community', 'yuewanhu', '--name', NAME)
    const invite = /邀请码：(\S+)/.exec(printed)![1]
    login = /账号：(\S+)/.exec(printed)![1]
    id = /编号：(\S+)/.exec(printed)![1]
    const { page } = phone
    await openApp(page, WORKER_PAGE)
    await button(page, '首次登录（邀请码）').click()
    await field(page, '如 K7QD-3MZP-W9XA-H2TC').fill(invite)
    await field(page, '至少 8 个字符').fill(PASSPHRASE)
    await screenshot(page, 'worker-accounts-1-first-sign-in')
    await button(page, '设置口令并登录').click()
    await visibleText(page, `已登录：${NAME}（账号 ${login}）`).waitFor()
    assert.match(await admin('worker', 'list'), new RegExp(`${NAME}.*已启用.*登录方式：口令`))
  })

  it('publishes a notice that residents see from the community', async () => {
    const { page } = phone
    await publish(page, TITLE)
    await page
      .locator('.desk__note')
      .filter({ hasText: /^已发布$/ })
      .first()
      .waitFor()
    const feed = await api('GET', '/api/notices?section=feed&limit=50')
    const mine = (feed.body.notices as { id: string; title: string }[]).find((n) => n.title === TITLE)
    assert.ok(mine, 'residents see the notice')
    const one = await api('GET', `/api/notices/${mine.id}`)
    assert.deepEqual((one.body.notice as { author: unknown }).author, { id: 'yuewanhu', name: '月湾湖社区' })
  })

  it('after the admin revokes the account, the next action shows them signed out, saying why', async () => {
    assert.match(await admin('worker', 'revoke', id), /已停用/)
    const { page } = phone
    await publish(page, `${TITLE}（二）`)
    await page
      .getByText(/^您已退出登录：这个登录已失效/)
      .filter({ visible: true })
      .first()
      .waitFor()
    await visibleText(page, '工作人员登录').waitFor()
    await screenshot(page, 'worker-accounts-2-signed-out')
    await field(page, '账号').fill(login)
    await field(page, '口令').fill(PASSPHRASE)
    await button(page, '登录').click()
    await visibleText(page, '账号已停用').waitFor()
  })
})

// 小事快办 end to end on the H5 build and the mock API: a resident fills in a report with real photos (a file that is
// not an image is named and left out; a big photo is shrunk), the draft survives a reload, the report is sent offline
// (未联网，联网后自动提交, never 已提交) and goes out exactly once when the network is back, with its photos, and then
// says 已提交 with its number — the same number the report shows in 我的报告 and the server has; a refused one shows 失败（原因）and goes
// back into the form; a worker moves it 已受理 → 处理中 → 已办结 with replies, and the resident sees each step with its
// time and the reply, then rates it 不满意 (asked first), which puts it first in the workers' queue as 待回访. The filled pages pass axe, tap-target and 长辈版 text-size checks.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { REPORTS_PAGE, WORKER_PAGE } from '@/domain/routes'
import type { ReportView } from '@/domain/api-contract'
import { WAIT_MS, openPhonePage, type PhonePage } from './support/browser'
import { browserForFile, phoneForSuite } from './support/suite'
import { baseUrl, openApp, visibleText } from './support/app'
import { WORKER_LOGIN, WORKER_PASSPHRASE, workerSignIn } from './support/api'
import { screenshot } from './support/screenshot'
import { blockingAxeViolations, smallTapTargets, smallText } from './support/usability'

const DESCRIPTION = `楼道灯不亮（e2e ${Date.now().toString(36)}）`
const PLACE = '3号楼2单元'

async function workerReports(): Promise<ReportView[]> {
  const session = await fetch(`${baseUrl()}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(workerSignIn()),
  })
  const { token } = (await session.json()) as { token: string }
  // Every page: the workers' list is in queue order, so a report moves between pages as it is handled.
  const all: ReportView[] = []
  let cursor: string | null = null
  do {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''
    const res = await fetch(`${baseUrl()}/api/reports${query}`, { headers: { Authorization: `Bearer ${token}` } })
    const page = (await res.json()) as { reports: ReportView[]; nextCursor: string | null }
    all.push(...page.reports)
    cursor = page.nextCursor
  } while (cursor)
  return all
}

/** The real <input>/<textarea> inside Taro's H5 wrappers, by its placeholder. */
function field(page: Page, placeholder: string): Locator {
  return page
    .locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    .filter({ visible: true })
}

function button(page: Page | Locator, name: string): Locator {
  return page.getByRole('button', { name, exact: true }).filter({ visible: true })
}

/**
 * Draws a w×h gradient (with sensor-like noise JPEG cannot squeeze, when `noisy`) on the browser's canvas; base64.
 * Plain source text: tsx would wrap a function passed to page.evaluate with helpers the page does not have.
 */
const DRAW = `(([w, h, noisy, type, quality]) => {
  const canvas = document.createElement('canvas')
  canvas.width = w
  canvas.height = h
  const ctx = canvas.getContext('2d')
  const gradient = ctx.createLinearGradient(0, 0, w, h)
  gradient.addColorStop(0, '#2b6cb0')
  gradient.addColorStop(1, '#f6ad55')
  ctx.fillStyle = gradient
  ctx.fillRect(0, 0, w, h)
  if (noisy) {
    const pixels = ctx.getImageData(0, 0, w, h)
    let x = 12345
    for (let i = 0; i < pixels.data.length; i += 4) {
      x = (x * 1103515245 + 12345) % 2147483648
      const n = (x % 96) - 48
      pixels.data[i] += n
      pixels.data[i + 1] += n
      pixels.data[i + 2] -= n
    }
    ctx.putImageData(pixels, 0, 0)
  }
  return canvas.toDataURL(type, quality).split(',')[1]
})`

/** Images drawn by the browser's own canvas: a small PNG, and a big photo-like JPEG well over 2 MB. */
async function makeImages(page: Page): Promise<{ small: Buffer; big: Buffer }> {
  const draw = async (...args: [number, number, boolean, string, number?]) =>
    Buffer.from(await page.evaluate<string>(`${DRAW}(${JSON.stringify(args)})`), 'base64')
  return { small: await draw(320, 240, false, 'image/png'), big: await draw(2400, 1800, true, 'image/jpeg', 0.95) }
}

/** Chooses `files` through the page's file chooser, opened by tapping 添加照片. */
async function choose(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page
    .getByRole('button', { name: /^添加照片/ })
    .filter({ visible: true })
    .click()
  await (await chooser).setFiles(files)
}

/** naturalWidth of each visible <img> under `scope` once all have loaded (0 = broken). */
async function loadedWidths(scope: Locator, count: number): Promise<number[]> {
  const images = scope.locator('img').filter({ visible: true })
  // Report photos load lazily, once the person scrolls to them.
  await images.first().scrollIntoViewIfNeeded()
  const deadline = Date.now() + WAIT_MS
  let widths: number[] = []
  while (Date.now() < deadline) {
    widths = await images.evaluateAll((els) => els.map((el) => (el as HTMLImageElement).naturalWidth))
    if (widths.length === count && widths.every((w) => w > 0)) return widths
    await scope.page().waitForTimeout(100)
  }
  throw new Error(`expected ${count} loaded images, saw widths ${JSON.stringify(widths)}`)
}

/** Switches 标准版 / 长辈版 with the header's switch, if the page is not in `elder` mode already. */
async function setElderMode(page: Page, elder: boolean): Promise<void> {
  const shell = page.locator('.page-shell--elder').filter({ visible: true })
  if ((await shell.count()) > 0 === elder) return
  await page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
  await shell.first().waitFor({ state: elder ? 'visible' : 'detached' })
}

/**
 * The page as it is now — photos, timeline, replies, a worker's controls — in 标准版 and 长辈版: no serious axe
 * violation, targets of 44 / 60 px, and 长辈版 text of 18 px or more. Leaves the page in 标准版.
 */
async function assertUsableInBothModes(phone: PhonePage, name: string): Promise<void> {
  for (const [elder, minTarget] of [
    [false, 44],
    [true, 60],
  ] as const) {
    await setElderMode(phone.page, elder)
    assert.deepEqual(await blockingAxeViolations(phone.page), [], `axe, ${elder ? '长辈版' : '标准版'}`)
    assert.deepEqual(await smallTapTargets(phone, minTarget), [], `tap targets, ${elder ? '长辈版' : '标准版'}`)
    if (elder) {
      assert.deepEqual(await smallText(phone, 18), [], 'text size, 长辈版')
      await screenshot(phone.page, `${name}-elder`)
    }
  }
  await setElderMode(phone.page, false)
}

/** The page header a person sees: its title and the line under it. */
async function pageHeader(page: Page): Promise<string[]> {
  const header = page.locator('.page-shell__header').filter({ visible: true }).first()
  return [
    await header.locator('.page-shell__title').innerText(),
    await header.locator('.page-shell__subtitle').innerText(),
  ]
}

assert.ok(WORKER_LOGIN, 'E2E_WORKER_LOGIN is set by scripts/run-e2e.ts')
const browser = browserForFile()
/** The resident's phone, kept for the whole file: their reports are the ones made with its device id. */
const phone = phoneForSuite(browser)

describe('a resident reports a problem with photos, offline, and it arrives once', () => {
  it('keeps the draft, a photo included, across a reload', async () => {
    const { page } = phone
    await openApp(page, REPORTS_PAGE)
    // The page speaks to a resident: report a problem, follow 我的报告.
    assert.deepEqual(await pageHeader(page), ['小事快办', '报告身边的小问题'])
    await visibleText(page, '我的报告').waitFor()
    const { small } = await makeImages(page)
    await button(page, '设施报修').click()
    await field(page, '发生了什么，例如：路灯不亮').fill(DESCRIPTION)
    await field(page, '在哪里').fill(PLACE)
    await choose(page, [{ name: '楼道.png', mimeType: 'image/png', buffer: small }])
    const thumbs = page.locator('.report__thumb').filter({ visible: true })
    assert.deepEqual(await loadedWidths(thumbs, 1), [320])
    await visibleText(page, '草稿已自动保存').waitFor()
    await page.reload()
    await visibleText(page, '报告问题').waitFor()
    assert.equal(await field(page, '发生了什么，例如：路灯不亮').inputValue(), DESCRIPTION)
    assert.equal(await field(page, '在哪里').inputValue(), PLACE)
    assert.equal(await button(page, '设施报修').getAttribute('aria-pressed'), 'true')
    assert.deepEqual(await loadedWidths(page.locator('.report__thumb').filter({ visible: true }), 1), [320])
  })

  it('names a file that is not an image, keeps the others, and shrinks a big photo', async () => {
    const { page } = phone
    const { big } = await makeImages(page)
    assert.ok(big.length > 2 * 1024 * 1024, `the big test photo is ${big.length} bytes`)
    // Chosen together: the two bad files are named, the good one is kept.
    await choose(page, [
      { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') },
      { name: '全景.jpg', mimeType: 'image/jpeg', buffer: big },
      { name: '坏图.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') },
    ])
    await visibleText(page, '「说明.txt」不是图片（请选 JPEG、PNG 或 WebP 照片），未添加').waitFor()
    await visibleText(page, '「坏图.png」不是图片（请选 JPEG、PNG 或 WebP 照片），未添加').waitFor()
    const widths = await loadedWidths(page.locator('.report__thumb').filter({ visible: true }), 2)
    assert.equal(widths[0], 320)
    assert.ok(widths[1] <= 1600 && widths[1] >= 1000, `the big photo was shrunk to ${widths[1]} px wide`)
    // A thumbnail can be taken out again, by a labelled button.
    await choose(page, [{ name: '多余.png', mimeType: 'image/png', buffer: (await makeImages(page)).small }])
    await loadedWidths(page.locator('.report__thumb').filter({ visible: true }), 3)
    assert.equal(await button(page, '添加照片（3/3）').count(), 0)
    await button(page, '删除第 3 张照片').click()
    await loadedWidths(page.locator('.report__thumb').filter({ visible: true }), 2)
    await screenshot(page, 'reports-1-form')
    await assertUsableInBothModes(phone, 'reports-1-form')
  })

  it('sends offline → 未联网，联网后自动提交, online → 已提交 with its number, in 我的报告 with its photos, once', async () => {
    const { page, context } = phone
    await context.setOffline(true)
    const pending = page.locator('.report__item--pending').filter({ visible: true })
    const confirmation = page.locator('.report__confirmation').filter({ visible: true })
    try {
      await button(page, '提交').click()
      await pending.getByText('未联网，联网后自动提交').waitFor()
      await confirmation.getByText('未联网，联网后自动提交').waitFor()
      assert.equal(await confirmation.getByText(/^已提交/).count(), 0, 'not 已提交 before the server has it')
      assert.equal(await field(page, '发生了什么，例如：路灯不亮').inputValue(), '')
      await screenshot(page, 'reports-2-pending')
    } finally {
      await context.setOffline(false)
    }
    await pending.waitFor({ state: 'detached', timeout: 20_000 })
    const item = page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION })
    await item.waitFor()
    await loadedWidths(item, 2)
    assert.equal(await item.locator('img[alt="设施报修报告的第 1 张照片"]').count(), 1)
    const mine = (await workerReports()).filter((r) => r.description === DESCRIPTION)
    assert.equal(mine.length, 1, 'one report, not a duplicate')
    assert.equal(mine[0].photos.length, 2)
    assert.equal(mine[0].place, PLACE)
    // 已提交 with the server's number, under 提交 and on the report, with 复制.
    await confirmation.getByText(/^已提交/).waitFor()
    const number = mine[0].number
    assert.match(number, /^YWH-\d{8}-\d{4}$/)
    await confirmation.getByText(`编号 ${number}`).waitFor()
    await item.getByText(`编号 ${number}`).waitFor()
    assert.equal(await button(item, `复制编号 ${number}`).count(), 1)
    await screenshot(page, 'reports-2b-number')
    // The draft is gone: a reload shows an empty form.
    await page.reload()
    await visibleText(page, '报告问题').waitFor()
    assert.equal(await field(page, '发生了什么，例如：路灯不亮').inputValue(), '')
    await screenshot(page, 'reports-3-sent')
  })
})

describe('a report the server refuses', () => {
  it('shows 失败（原因）and goes back into the form to be fixed and sent again', async () => {
    const { page } = phone
    const text = '井盖松动（退回重填）'
    // The server refuses this one, as it would a body that fails its schema.
    await page.route('**/api/reports', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ error: '地点请写得具体些', fields: { place: '地点请写得具体些' } }),
          })
        : route.continue(),
    )
    try {
      await button(page, '安全隐患').click()
      await field(page, '发生了什么，例如：路灯不亮').fill(text)
      await field(page, '在哪里').fill('门口')
      await button(page, '提交').click()
      const failed = page.locator('.report__item--pending').filter({ visible: true })
      await failed.getByText('失败（地点请写得具体些）').waitFor()
      await button(failed, '放回表单修改').click()
      await failed.waitFor({ state: 'detached' })
      assert.equal(await field(page, '发生了什么，例如：路灯不亮').inputValue(), text)
      assert.equal(await field(page, '在哪里').inputValue(), '门口')
      assert.equal(await button(page, '安全隐患').getAttribute('aria-pressed'), 'true')
    } finally {
      await page.unroute('**/api/reports')
    }
    await field(page, '在哪里').fill('5号楼门口东侧')
    await button(page, '提交').click()
    await page
      .locator('.report__item')
      .filter({ visible: true })
      .filter({ hasText: text })
      .getByText('已提交（当前）')
      .waitFor()
    assert.equal((await workerReports()).filter((r) => r.description === text).length, 1)
  })
})

describe('a worker moves the report on and the resident follows it', () => {
  it('已受理 → 处理中 → 已办结 with replies; never backwards', async () => {
    const worker = await openPhonePage(await browser())
    try {
      const { page } = worker
      await openApp(page, WORKER_PAGE)
      await field(page, '账号').fill(WORKER_LOGIN)
      await field(page, '口令').fill(WORKER_PASSPHRASE)
      await button(page, '登录').click()
      await button(page, '居民报告（小事快办）').click()
      // The page speaks to a worker: the community's reports, to accept, handle and answer.
      await visibleText(page, '本社区的报告').waitFor()
      assert.deepEqual(await pageHeader(page), ['居民报告', '本社区居民报告的问题：受理、处理并回复居民'])
      await page.waitForFunction(() => document.title === '居民报告')
      assert.equal(await visibleText(page, '我的报告').count(), 0)
      const item = page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION })
      await loadedWidths(item, 2)
      const reply = item.locator('textarea').filter({ visible: true })
      await reply.fill('已收到，明天上午派电工查看')
      await button(item, '改为已受理').click()
      await item.getByText('已受理（当前）').waitFor()
      await button(item, '改为处理中').click()
      await item.getByText('处理中（当前）').waitFor()
      await assertUsableInBothModes(worker, 'reports-4-worker')
      // Only later steps are offered.
      assert.equal(await button(item, '改为已受理').count(), 0)
      await reply.fill('灯已换好，<b>请</b>放心')
      await button(item, '改为已办结').click()
      await item.getByText('已办结（当前）').waitFor()
      await screenshot(page, 'reports-4-worker')
      const [report] = (await workerReports()).filter((r) => r.description === DESCRIPTION)
      assert.deepEqual(
        report.timeline.map((t) => [t.status, t.reply]),
        [
          ['submitted', null],
          ['accepted', '已收到，明天上午派电工查看'],
          ['in-progress', null],
          ['resolved', '灯已换好，<b>请</b>放心'],
        ],
      )
      worker.assertNoPageErrors()
    } finally {
      await worker.close()
    }
  })

  it('the resident sees every step with its time and the replies as text', async () => {
    const { page } = phone
    await page.reload()
    const item = page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION })
    await item.getByText('已办结（当前）').waitFor()
    const steps = await item.locator('[role="listitem"]').allInnerTexts()
    assert.equal(steps.length, 4)
    const time = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/
    for (const [i, label] of ['已提交', '已受理', '处理中', '已办结（当前）'].entries()) {
      assert.ok(steps[i].startsWith(label), `step ${i + 1} reads ${JSON.stringify(steps[i])}`)
      assert.match(steps[i], time)
    }
    // Residents hear from the community, never from a named worker.
    assert.match(steps[1], /月湾湖社区回复（.*）：已收到，明天上午派电工查看/)
    assert.ok(!steps.join('\n').includes('测试社工'), 'no worker name')
    // Typed markup is shown as the characters typed.
    assert.match(steps[3], /：灯已换好，<b>请<\/b>放心$/)
    assert.equal(await item.locator('b').count(), 0)
    await screenshot(page, 'reports-5-resident-timeline')
    await assertUsableInBothModes(phone, 'reports-5-resident-timeline')
  })

  it('the resident rates the finished report once: 不满意 with words, asked first, then 待回访 for the workers', async () => {
    const { page } = phone
    const item = page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION })
    const card = item.getByRole('group', { name: '评价这次办理' })
    await card.waitFor()
    await card.getByRole('radio', { name: '不满意', exact: true }).click()
    await card.locator('textarea').filter({ visible: true }).fill('灯还是一闪一闪的')
    await assertUsableInBothModes(phone, 'reports-6-rating')
    await button(card, '提交评价').click()
    await page
      .getByText(/提交后不能修改，这条反映将转回社区「待回访」/)
      .filter({ visible: true })
      .first()
      .waitFor()
    await screenshot(page, 'reports-6-rating-confirm')
    await button(page.locator('.confirm-dialog').filter({ visible: true }), '提交评价').click()
    await item.getByText('我的评价：不满意 · 「灯还是一闪一闪的」').waitFor()
    await item.getByText('待回访（当前）').waitFor()
    assert.equal(await item.getByRole('group', { name: '评价这次办理' }).count(), 0)
    await screenshot(page, 'reports-6-rated')
    // The workers' queue has it first, with the words.
    const [first] = await workerReports()
    assert.equal(first.description, DESCRIPTION)
    assert.deepEqual(
      [first.status, first.rating?.value, first.rating?.words],
      ['revisit', 'unsatisfied', '灯还是一闪一闪的'],
    )
  })

  it('the resident deletes the finished report: asked first, then 已删除 and gone from 我的报告', async () => {
    const { page } = phone
    const item = page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION })
    await item.getByRole('button', { name: /^删除这条报告/ }).click()
    await visibleText(page, '删除这条报告').waitFor()
    await page
      .getByText(/删除后不能恢复/)
      .filter({ visible: true })
      .first()
      .waitFor()
    await screenshot(page, 'reports-6-delete-confirm')
    await page.getByText('确认删除').filter({ visible: true }).first().click()
    await page
      .getByText(/^已删除/)
      .filter({ visible: true })
      .first()
      .waitFor()
    await item.waitFor({ state: 'detached' })
    await page.reload()
    await page.getByText('我的报告').filter({ visible: true }).first().waitFor()
    assert.equal(
      await page.locator('.report__item').filter({ visible: true }).filter({ hasText: DESCRIPTION }).count(),
      0,
    )
    await screenshot(page, 'reports-7-deleted')
  })

  it('another device sees none of these reports', async () => {
    const other = await openPhonePage(await browser())
    try {
      await openApp(other.page, REPORTS_PAGE)
      await visibleText(other.page, '还没有报告过问题').waitFor()
      other.assertNoPageErrors()
    } finally {
      await other.close()
    }
  })
})

// 月湾湖 notices end to end on the H5 build and the mock API: a worker signs in, writes a notice (the draft survives a
// reload), publishes it offline (待发送) and it goes out exactly once when the network is back (已发布); a resident
// sees it pinned; the worker edits it and the resident sees the new title and 已修改; a notice scheduled with the
// date-time picker shows as 定时发布 in the worker's list; a resident token cannot publish; and 40+ XSS payloads in
// notices and reports render as text only.
import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { NOTICE_PAGE, REPORTS_PAGE, WORKER_PAGE } from '@/domain/routes'
import { NOTICE_TITLE_MAX } from '@/domain/notice/labels'
import { WAIT_MS, openPhonePage, type PhonePage } from './support/browser'
import { browserForFile, phoneForSuite } from './support/suite'
import { baseUrl, openApp, pageUrl, showElderFullContent, visibleText } from './support/app'
import { WORKER_LOGIN, WORKER_PASSPHRASE, api, token, workerSignIn } from './support/api'
import { screenshot } from './support/screenshot'
import { lowContrastText } from './support/usability'

/**
 * The text field a person types into, by its placeholder. Taro H5 puts the placeholder on both its
 * <taro-input-core>/<taro-textarea-core> wrapper and the real <input>/<textarea> inside: type into the real one.
 */
function field(page: Page, placeholder: string): Locator {
  return page
    .locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    .filter({ visible: true })
}

/** A button on the page on screen (NutUI's <taro-button-core>, given role="button" by src/app/h5-a11y.ts). */
function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true }).filter({ visible: true })
}

/** Waits until the elements `target` matches show exactly `expected`; fails with what they showed instead. */
async function waitForTexts(target: Locator, expected: string[], timeout = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeout
  let seen: string[] = []
  while (Date.now() < deadline) {
    seen = await target.allInnerTexts()
    if (JSON.stringify(seen) === JSON.stringify(expected)) return
    await target.page().waitForTimeout(50)
  }
  throw new Error(`expected ${JSON.stringify(expected)} on screen, saw ${JSON.stringify(seen)}`)
}

assert.ok(WORKER_LOGIN, 'E2E_WORKER_LOGIN is set by scripts/run-e2e.ts')
const browser = browserForFile()

/** At least `count` notice tags in view, each at 4.5:1 or better, in 标准版 and in 长辈版 (then back to 标准版). */
async function assertTagsReadable(page: Page, count: number): Promise<void> {
  // The page on top: a tab page opened before stays in the DOM underneath.
  const shell = (mode: string) => page.locator(`.page-shell--${mode}`).filter({ visible: true }).last()
  const toggle = async (to: string) => {
    await page.locator('.elder-mode-switch').filter({ visible: true }).last().click()
    await shell(to).waitFor()
    // A tab in 长辈版 opens on its tiles: its notices are under 全部内容.
    if (to === 'elder') await showElderFullContent(page)
  }
  for (const mode of ['standard', 'elder']) {
    if (mode === 'elder') await toggle('elder')
    const tags = shell(mode).locator('.notice-tags__tag').filter({ visible: true })
    await tags.first().waitFor()
    assert.ok((await tags.count()) >= count, `${await tags.count()} notice tags in view`)
    assert.deepEqual(await lowContrastText(page, '.notice-tags__tag'), [], mode)
  }
  await toggle('standard')
}

describe('a worker publishes a notice offline and it goes out once the network is back', () => {
  const phone = phoneForSuite(browser)

  it('rejects a wrong passphrase with a clear message, then signs in', async () => {
    const { page } = phone
    await openApp(page, WORKER_PAGE)
    await field(page, '账号').fill(WORKER_LOGIN)
    await field(page, '口令').fill('not-the-passphrase')
    await button(page, '登录').click()
    await visibleText(page, '口令不正确').waitFor()
    await field(page, '账号').fill(WORKER_LOGIN)
    await field(page, '口令').fill(WORKER_PASSPHRASE)
    await button(page, '登录').click()
    await visibleText(page, '写通知').waitFor()
  })

  it('keeps an unfinished draft across a reload', async () => {
    const { page } = phone
    await button(page, '通知').click()
    await field(page, '例如：停水通知').fill('月湾湖停水通知')
    await field(page, '通知内容，可分段').fill('明日 9:00–12:00 停水。\n请提前储水。')
    const pin = page.getByRole('checkbox', { name: /^置顶/ }).filter({ visible: true })
    await pin.click()
    assert.equal(await pin.getAttribute('aria-checked'), 'true')
    await visibleText(page, '草稿已自动保存').waitFor()
    await page.reload()
    await visibleText(page, '写通知').waitFor()
    assert.equal(await field(page, '例如：停水通知').inputValue(), '月湾湖停水通知')
    assert.equal(await field(page, '通知内容，可分段').inputValue(), '明日 9:00–12:00 停水。\n请提前储水。')
  })

  it('shows field messages for an empty title', async () => {
    const { page } = phone
    await field(page, '例如：停水通知').fill('')
    await button(page, '发布').click()
    await visibleText(page, '请填写标题').waitFor()
    await field(page, '例如：停水通知').fill('月湾湖停水通知')
  })

  it('publishes offline → 待发送, online → 已发布, exactly once', async () => {
    const { page, context } = phone
    await context.setOffline(true)
    await button(page, '发布').click()
    await button(page, '确认发布').click()
    await visibleText(page, '未联网，联网后自动发布').waitFor()
    await page
      .getByText(/^待发送/)
      .filter({ visible: true })
      .first()
      .waitFor()
    await screenshot(page, 'community-2-worker-pending')
    await context.setOffline(false)
    await visibleText(page, '已发布').waitFor({ timeout: 20_000 })
    const list = await api('GET', '/api/notices?section=feed&limit=50')
    const mine = (list.body.notices as ({ title: string; pinned: boolean } & { state: string })[])
      .filter((n) => n.state === 'published')
      .filter((n) => n.title === '月湾湖停水通知')
    assert.equal(mine.length, 1)
    assert.equal(mine[0].pinned, true)
    await screenshot(page, 'community-3-worker-sent')
  })

  it('a resident sees it pinned on the 月湾湖 tab and opens it as text', async () => {
    const resident = await openPhonePage(await browser())
    try {
      await openApp(resident.page, 'pages/community/index')
      const row = resident.page.getByRole('link', { name: /^置顶\s*\S+\s*未读\s*月湾湖停水通知/ })
      await row.waitFor()
      // The 置顶 and category tags read at 4.5:1 at least, in the list and on the notice page, in both modes.
      await assertTagsReadable(resident.page, 2)
      await screenshot(resident.page, 'community-1-tab')
      await row.click()
      await visibleText(resident.page, '月湾湖停水通知').waitFor()
      const body = await resident.page.locator('.notice-detail__body').filter({ visible: true }).innerText()
      assert.equal(body, '明日 9:00–12:00 停水。\n请提前储水。')
      await assertTagsReadable(resident.page, 2)
      await screenshot(resident.page, 'community-4-notice')
      resident.assertNoPageErrors()
    } finally {
      await resident.close()
    }
  })

  it('the worker edits its title (编辑 → 保存修改): a resident sees the new title and 已修改', async () => {
    const { page } = phone
    await button(page, '编辑：月湾湖停水通知').click()
    await visibleText(page, '修改通知').waitFor()
    assert.equal(await field(page, '例如：停水通知').inputValue(), '月湾湖停水通知')
    await visibleText(page, '发布时间（已发布，不能修改）').waitFor()
    await field(page, '例如：停水通知').fill('月湾湖停水通知（时间调整）')
    await button(page, '保存修改').click()
    await visibleText(page, '修改已保存').waitFor()
    await visibleText(page, '写通知').waitFor()
    await page
      .getByText(/^通知 · 已发布，已修改 /)
      .filter({ visible: true })
      .first()
      .waitFor()

    const resident = await openPhonePage(await browser())
    try {
      const list = await api('GET', '/api/notices?section=feed&limit=50')
      const edited = (list.body.notices as ({ id: string; title: string } & { state: string })[])
        .filter((n) => n.state === 'published')
        .find((n) => n.title.startsWith('月湾湖停水通知'))
      assert.equal(edited?.title, '月湾湖停水通知（时间调整）')
      await openApp(resident.page, `${NOTICE_PAGE}?id=${edited?.id}`)
      await visibleText(resident.page, '月湾湖停水通知（时间调整）').waitFor()
      const mark = await resident.page.locator('.notice-detail__edited').filter({ visible: true }).innerText()
      assert.match(mark, /^已修改 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
      await screenshot(resident.page, 'community-5-notice-edited')
      resident.assertNoPageErrors()
    } finally {
      await resident.close()
    }
  })

  it('schedules a notice with the date-time picker: it shows as 定时发布 in the worker’s list', async () => {
    const { page } = phone
    await button(page, '活动').click()
    await field(page, '例如：停水通知').fill('月湾湖义诊（定时）')
    await field(page, '通知内容，可分段').fill('社区卫生站义诊。')
    await page.getByText('定时发布', { exact: true }).filter({ visible: true }).first().click()
    await button(page, '选择发布时间').click()
    const confirm = page.locator('.nut-picker-confirm-btn').filter({ visible: true })
    await confirm.waitFor()
    await screenshot(page, 'community-6-picker')
    await confirm.click()
    await confirm.waitFor({ state: 'detached' })
    const chosen = await page.locator('#compose-publish-time').innerText()
    assert.match(chosen, /^\d{4}-\d{2}-\d{2} \d{2}:00$/)
    // The expiry picker opens at the publish time: taking it as it is gives the message, 清除 takes it away.
    await button(page, '选择截止时间').click()
    await confirm.click()
    await confirm.waitFor({ state: 'detached' })
    await button(page, '发布').click()
    await visibleText(page, '截止时间必须晚于发布时间').waitFor()
    await button(page, '清除截止时间').click()
    await button(page, '发布').click()
    await button(page, '确认发布').click()
    await visibleText(page, '已定时，到时自动发布').waitFor()
    await page
      .getByText(`活动 · 定时发布，${chosen} 发布`, { exact: true })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 20_000 })
    await screenshot(page, 'community-7-worker-scheduled')
    const list = await api('GET', '/api/notices?section=feed&limit=50')
    assert.ok(
      !(list.body.notices as ({ title: string } & { state: string })[])
        .filter((n) => n.state === 'published')
        .some((n) => n.title === '月湾湖义诊（定时）'),
    )
  })

  it('in 长辈版 the time fields and the picker’s buttons are 60 px targets with 18 px text', async () => {
    const { page } = phone
    await page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
    await page.locator('.page-shell--elder').filter({ visible: true }).first().waitFor()
    await page.getByText('定时发布', { exact: true }).filter({ visible: true }).first().click()
    await button(page, '选择发布时间').click()
    const confirm = page.locator('.nut-picker-confirm-btn').filter({ visible: true })
    await confirm.waitFor()
    await screenshot(page, 'community-8-picker-elder')
    const sizes = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          '.compose__time .nut-button, .compose__time .nut-button-children, .nut-picker-confirm-btn, .nut-picker-cancel-btn, .compose__time-value, .compose .nut-radio-label',
        ),
      )
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const box = el.getBoundingClientRect()
          return {
            text: el.innerText.trim(),
            w: box.width,
            h: box.height,
            px: parseFloat(getComputedStyle(el).fontSize),
          }
        }),
    )
    // Labels and the chosen time are text (18 px); the buttons are also 60 px targets.
    const textOnly = (s: { text: string }) => ['未选择', '立即发布', '定时发布'].includes(s.text)
    const small = sizes.filter((s) => s.px < 18 || (!textOnly(s) && (s.w < 60 || s.h < 60)))
    assert.ok(sizes.length >= 7, JSON.stringify(sizes))
    assert.deepEqual(small, [])
    await page.locator('.nut-picker-cancel-btn').filter({ visible: true }).click()
    await confirm.waitFor({ state: 'detached' })
    await page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
  })
})

describe('a resident cannot publish', () => {
  it('shows 失败（没有权限…）when a resident token tries', async () => {
    const phone = await openPhonePage(await browser())
    try {
      const residentToken = await token({ role: 'resident', deviceId: 'e2e-resident-device-0001' })
      const expiresAt = new Date(Date.now() + 3600_000).toISOString()
      await phone.page.goto(baseUrl())
      await phone.page.evaluate(
        (session) => localStorage.setItem('community.session.worker.v1', JSON.stringify({ data: session })),
        { token: residentToken, role: 'resident', expiresAt, name: '居民' },
      )
      await openApp(phone.page, WORKER_PAGE)
      await button(phone.page, '安全').click()
      await field(phone.page, '例如：停水通知').fill('居民试图发布')
      await field(phone.page, '通知内容，可分段').fill('不应发布')
      await button(phone.page, '发布').click()
      await button(phone.page, '确认发布').click()
      await phone.page
        .getByText(/^失败（没有权限/)
        .filter({ visible: true })
        .first()
        .waitFor()
      const list = await api('GET', '/api/notices?section=feed&limit=50')
      assert.ok(
        !(list.body.notices as ({ title: string } & { state: string })[])
          .filter((n) => n.state === 'published')
          .some((n) => n.title === '居民试图发布'),
      )
      phone.assertNoPageErrors()
    } finally {
      await phone.close()
    }
  })
})

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/xss.js></SCRIPT>',
  '<ScRiPt>alert(1)</sCrIpT>',
  '<img src=x onerror="window.__xss=1">',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<svg onload="window.__xss=1">',
  '<svg/onload=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">点我</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  'javascript:alert(1)',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '<img src=x onerror=&#97;lert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</textarea><script>alert(1)</script>',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<img """><script>alert(1)</script>">',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<svg><script>alert&#40;1&#41;</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<img src=`x` onerror=`alert(1)`>',
  '<x onclick=alert(1)>点这里</x>',
  '<template><img src=x onerror=alert(1)></template>',
]

describe(`${PAYLOADS.length} XSS payloads in notices and reports render as text and never run`, () => {
  const titles: { id: string; title: string; body: string }[] = []
  before(async () => {
    const worker = await token(workerSignIn())
    // Titles hold up to NOTICE_TITLE_MAX characters: each payload goes into a body whole, and as a title cut to fit.
    for (let i = 0; i < PAYLOADS.length; i += 2) {
      const title = [...PAYLOADS[i]].slice(0, NOTICE_TITLE_MAX).join('')
      const body = `${PAYLOADS[i + 1] ?? PAYLOADS[0]}\n第二行 ${PAYLOADS[i]}`
      const res = await api('POST', '/api/notices', { category: '其他', title, body }, worker, `xss-notice-${i}-key`)
      assert.equal(res.status, 201, JSON.stringify(res.body))
      titles.push({ id: (res.body.notice as { id: string }).id, title, body })
    }
    const resident = await token({ role: 'resident', deviceId: 'e2e-xss-resident-device-01' })
    for (const [i, payload] of PAYLOADS.entries()) {
      const res = await api(
        'POST',
        '/api/reports',
        { category: '其他', description: payload, place: payload.slice(0, 100) },
        resident,
        `xss-report-${i}-key`,
      )
      assert.equal(res.status, 201, JSON.stringify(res.body))
    }
  })

  /** Opens a fresh phone that records (and dismisses) any dialog, runs `visit`, then checks that nothing ran. */
  async function visitInert(visit: (phone: PhonePage) => Promise<void>): Promise<void> {
    const phone = await openPhonePage(await browser())
    const dialogs: string[] = []
    phone.page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    try {
      await visit(phone)
      await phone.page.waitForTimeout(300)
      assert.deepEqual(dialogs, [])
      assert.equal(await phone.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined)
      assert.equal(await phone.page.locator('.page-shell__body script, .page-shell__body img[onerror]').count(), 0)
      phone.assertNoPageErrors()
    } finally {
      await phone.close()
    }
  }

  /** Taps 加载更多 until the list says 已经到底了: lists come 20 at a time. */
  async function loadWholeList(phone: PhonePage): Promise<void> {
    const end = visibleText(phone.page, '已经到底了')
    for (let i = 0; i < 10 && !(await end.isVisible()); i++) {
      const more = phone.page.getByRole('button', { name: '加载更多' }).filter({ visible: true })
      if (await more.isVisible()) await more.click()
      await phone.page.waitForTimeout(300)
    }
    await end.waitFor()
  }

  it('the 月湾湖 list shows every payload title literally', async () => {
    await visitInert(async (phone) => {
      await openApp(phone.page, 'pages/community/index')
      await visibleText(phone.page, titles[titles.length - 1].title).waitFor()
      await loadWholeList(phone)
      const text = await phone.page.locator('body').innerText()
      for (const { title } of titles) assert.ok(text.includes(title), `missing literal title ${title}`)
    })
  })

  it('every notice page shows its payload title and body literally', async () => {
    await visitInert(async (phone) => {
      for (const [i, notice] of titles.entries()) {
        // Only the first notice waits for a steady layout (~1 s a page); the rest wait until their title is the
        // only notice title on screen, so all 22 pages fit well inside the test timeout on a busy machine.
        const path = `${NOTICE_PAGE}?id=${notice.id}`
        if (i === 0) await openApp(phone.page, path)
        else await phone.page.goto(pageUrl(path))
        const title = phone.page.locator('.notice-detail__title').filter({ visible: true })
        await waitForTexts(title, [notice.title])
        assert.equal(
          await phone.page.locator('.notice-detail__body').filter({ visible: true }).innerText(),
          notice.body,
        )
      }
    })
  })

  it('the resident sees every report description literally in 我的报告', async () => {
    await visitInert(async (phone) => {
      await phone.page.goto(baseUrl())
      await phone.page.evaluate(() =>
        localStorage.setItem('community.device.v1', JSON.stringify({ data: 'e2e-xss-resident-device-01' })),
      )
      await openApp(phone.page, REPORTS_PAGE)
      await phone.page.locator('.report__item').first().waitFor()
      await loadWholeList(phone)
      const text = await phone.page.locator('body').innerText()
      for (const payload of PAYLOADS) assert.ok(text.includes(payload), `missing literal description ${payload}`)
    })
  })
})

// Nothing on a tab's screen moves while it loads: on every tab in both modes (长辈版: its tiles), and on 月湾湖 while
// its notices are on their way (then arrive) or fail, on a 390×844 and a 320×568 phone. Layout shift is summed from the page's first
// paint (the prerendered copy, the app taking over, the answers coming) until everything has settled.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { TABS, tabByKey } from '@/app/tabs'
import { STORAGE_KEYS } from '@/domain/storage-keys'
import { browserForFile } from './support/suite'
import { pageUrl } from './support/app'
import { api, token, workerSignIn } from './support/api'
import { openPhonePage } from './support/browser'
import { waitForSteadyLayout } from './support/layout'

const browser = browserForFile()
const MODES = ['standard', 'elder'] as const
const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const
/** How long the notices take to come in the slow case: well after the app has taken over. */
const NOTICE_DELAY_MS = 1500

type Notices = 'as-they-come' | 'slow' | 'failing'

/** Opens `pagePath` on a phone that chose `mode`, the notices answered as `notices` says: fails naming what moved. */
async function assertNoLayoutShift(
  pagePath: string,
  mode: (typeof MODES)[number],
  viewport: (typeof PHONES)[number],
  notices: Notices,
  settled: (page: Page) => Promise<void>,
): Promise<void> {
  const phone = await openPhonePage(await browser())
  try {
    await phone.page.setViewportSize(viewport)
    await phone.context.addInitScript(([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })), [
      STORAGE_KEYS.uiMode,
      mode,
    ] as const)
    await phone.context.addInitScript(() => {
      const shifts: { value: number; moved: string[] }[] = []
      Object.assign(window, { __layoutShifts: shifts })
      new PerformanceObserver((list) => {
        type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] }
        for (const entry of list.getEntries() as Shift[]) {
          if (entry.hadRecentInput) continue
          const moved = entry.sources.map(
            (source) =>
              `${source.node instanceof Element ? source.node.className : source.node?.nodeName} ` +
              `y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} ` +
              `h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`,
          )
          shifts.push({ value: entry.value, moved })
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    if (notices !== 'as-they-come') {
      await phone.page.route('**/api/notices?*', async (route) => {
        if (notices === 'failing') return route.abort('internetdisconnected')
        await new Promise((resolve) => setTimeout(resolve, NOTICE_DELAY_MS))
        return route.continue()
      })
    }
    await phone.page.goto(pageUrl(pagePath))
    await settled(phone.page)
    await waitForSteadyLayout(phone.page)
    type Recorded = { value: number; moved: string[] }[]
    const shifts = await phone.page.evaluate(() => (window as unknown as { __layoutShifts: Recorded }).__layoutShifts)
    phone.assertNoPageErrors()
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0)
    assert.equal(total, 0, `layout shifted: ${JSON.stringify(shifts)}`)
  } finally {
    await phone.close()
  }
}

/** The app's own page body (the prerendered copy has the same classes, but is outside #app). */
const appBody = (page: Page) => page.locator('#app .taro_page_show .page-shell__body')
const communityFacts = (page: Page) =>
  appBody(page).getByRole('heading', { name: '相关服务与要闻' }).waitFor({ state: 'visible' })

/** 长辈版 tabs open on the tiles, 常用办事's guides last to fill in. */
const elderTiles = (page: Page) =>
  appBody(page).locator('.elder-home__tile--guides .elder-home__row').first().waitFor({ state: 'visible' })

for (const mode of MODES) {
  describe(`no layout shift while a tab loads (${mode})`, () => {
    for (const tab of TABS) {
      it(`${tab.text}`, async () => {
        const settled =
          mode === 'elder'
            ? elderTiles
            : tab.key === 'community'
              ? communityFacts
              : (page: Page) => appBody(page).waitFor({ state: 'visible' })
        await assertNoLayoutShift(tab.pagePath, mode, PHONES[0], 'as-they-come', settled)
      })
    }
  })

  // In 长辈版 the notices are under 全部内容, not on the first screen (the tiles are checked above).
  if (mode === 'elder') continue
  describe(`no layout shift on 月湾湖 while its notices load (${mode})`, () => {
    const community = tabByKey('community').pagePath
    let published = false
    for (const viewport of PHONES) {
      const phoneName = `${viewport.width}×${viewport.height}`
      it(`${phoneName}: notices that come late`, async () => {
        if (!published) {
          const worker = await token(workerSignIn())
          const notice = { category: '通知', title: '月湾湖社区停水通知', body: '明日上午停水。' }
          const created = await api('POST', '/api/notices', notice, worker, `layout-shift-${mode}-${Date.now()}`)
          assert.equal(created.status, 201, JSON.stringify(created.body))
          published = true
        }
        const settled = async (page: Page) => {
          await appBody(page).getByText('月湾湖社区停水通知').first().waitFor()
          await communityFacts(page)
        }
        await assertNoLayoutShift(community, mode, viewport, 'slow', settled)
      })
      it(`${phoneName}: notices that fail`, async () => {
        const settled = async (page: Page) => {
          await appBody(page).getByText('通知加载失败').waitFor()
          await communityFacts(page)
        }
        await assertNoLayoutShift(community, mode, viewport, 'failing', settled)
      })
    }
  })
}

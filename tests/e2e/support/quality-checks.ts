// The usability checks of every page in one reading mode (quality-standard / quality-elder run one mode each, so each
// file stays well inside the per-file timeout). Every page, in 标准版 and in 长辈版, passes axe (no serious or critical violations), stays under 1,000 DOM nodes and
// has tap targets of 44 px (60 px and body text ≥ 18 px in 长辈版): the four tabs, the news pages beyond them, a 民生 guide
// card, the search (民生 scope and everything) with results, a park's plan-a-visit page and the calendar; nothing on
// them is cut off (support/clipping.ts; quality-small-screen.test.ts checks that at 320×568). Each is saved as a
// screenshot too.
import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { TABS } from '@/app/tabs'
import {
  ARTICLE_PAGE,
  CALENDAR_PAGE,
  FIGURES_PAGE,
  GUIDE_PAGE,
  PARK_PAGE,
  SEARCH_PAGE,
  TIMELINE_PAGE,
  PRIVACY_PAGE,
  REPORTS_PAGE,
  WORKER_PAGE,
  NOTICE_PAGE,
  HOTLINES_PAGE,
  VERIFY_PAGE,
} from '@/domain/routes'
import news from '@/content/news.json'
import figures from '@/content/figures.json'
import guides from '@/content/guides.json'
import { launchBrowser, openPhonePage, type PhonePage } from './browser'
import { openApp, pageUrl, showElderFullContent, waitForOnlyTitle } from './app'
import { screenshot } from './screenshot'
import {
  EXTRA_AXE_RULES,
  INSTALLED_AXE_VERSION,
  axeReport,
  blockingAxeViolations,
  smallTapTargets,
  smallText,
} from './usability'
import { clippedElements } from './clipping'
import { WORKER_LOGIN, WORKER_PASSPHRASE, editedNoticePath } from './api'

/** WeChat's WXML audit warns above 1,000 nodes per page; the H5 DOM is our proxy for it. */
const MAX_DOM_NODES = 1000

/** Each page is checked in both reading modes; 长辈版 asks for 60 px targets and body text of at least 18 px. */
export const MODES = [
  { mode: 'standard', label: '标准版', minTarget: 44, minBodyFont: null },
  { mode: 'elder', label: '长辈版', minTarget: 60, minBodyFont: 18 },
] as const

/** The article with the most figure tiles: the biggest article page. */
const biggestArticle = [...news].sort(
  (a, b) => figures.filter((f) => f.articleId === b.id).length - figures.filter((f) => f.articleId === a.id).length,
)[0]

/** A guide card with sourced fields as well as 待核实 rows. */
const guide = guides.find((g) => g.online !== null) ?? guides[0]

/** The worker desk's path, once a notice exists for 我发布的通知 to list. */
async function workerDeskWithNotice(): Promise<string> {
  await editedNoticePath()
  return WORKER_PAGE
}

/** Signs in on the worker desk with the e2e worker code and waits for the desk. */
async function signInAsWorker(page: Page): Promise<void> {
  await page.locator('input[placeholder="账号"]').filter({ visible: true }).fill(WORKER_LOGIN)
  await page.locator('input[placeholder="口令"]').filter({ visible: true }).fill(WORKER_PASSPHRASE)
  await page.getByRole('button', { name: '登录', exact: true }).filter({ visible: true }).click()
  await page.getByText('我发布的通知').filter({ visible: true }).first().waitFor()
}

/**
 * Every page checked: where it lives (hash route, with query), the title it shows once open, and what to type into
 * its search box first (pages that show nothing until the resident searches).
 */
export interface CheckedPage {
  name: string
  path: string
  title: string
  search?: string
  prepare?: () => Promise<string>
  /** What to do once the page is open (and in its mode) before it is checked. */
  act?: (page: Page) => Promise<void>
}

export const QUALITY_PAGES: CheckedPage[] = [
  ...TABS.map((tab) => ({ name: tab.text, path: tab.pagePath, title: tab.title })),
  { name: `文章 ${biggestArticle.id}`, path: `${ARTICLE_PAGE}?id=${biggestArticle.id}`, title: '西城要闻' },
  { name: '关键数据', path: FIGURES_PAGE, title: '关键数据' },
  { name: '发展时间线', path: TIMELINE_PAGE, title: '发展时间线' },
  { name: `办事指南 ${guide.id}`, path: `${GUIDE_PAGE}?id=${guide.id}`, title: '办事指南' },
  // jiuye finds guides and hotlines: result rows, 拨打 buttons and a highlight.
  { name: '搜索办事 jiuye', path: `${SEARCH_PAGE}?scope=services`, title: '搜索办事', search: 'jiuye' },
  // The one search over everything: shidi finds 要闻 and 公园 groups (and the 社区通知 note, nothing cached).
  { name: '搜索 shidi', path: SEARCH_PAGE, title: '搜索', search: 'shidi' },
  // A wetland park: seasonal tips, seven facility rows and three 西城区的其他公园 buttons.
  { name: '游园计划 huaxi-wetland-park', path: `${PARK_PAGE}?id=huaxi-wetland-park`, title: '游园计划' },
  // Twelve months of tips: the longest parks page.
  { name: '游园日历', path: CALENDAR_PAGE, title: '游园日历' },
  // 月湾湖: the worker's sign-in page and the resident's 小事快办 form.
  { name: '工作人员', path: WORKER_PAGE, title: '工作人员' },
  // Signed in (a notice made first): the outbox, 我发布的通知 with its 编辑 / 置顶 / 撤回 buttons and the compose form.
  {
    name: '工作人员（已登录）',
    path: WORKER_PAGE,
    title: '工作人员',
    prepare: workerDeskWithNotice,
    act: signInAsWorker,
  },
  // Signed in, the form of one field with the most controls: a park's 开放时间 (seasons, ranges, closures).
  {
    name: '核实信息（开放时间）',
    path: WORKER_PAGE,
    title: '工作人员',
    act: async (page) => {
      await signInAsWorker(page)
      await page.goto(pageUrl(`${VERIFY_PAGE}?kind=park&id=huaxi-wetland-park&field=hours`))
      await waitForOnlyTitle(page, '核实信息')
      await page.getByText('发布核实结果', { exact: true }).filter({ visible: true }).first().waitFor()
    },
  },
  { name: '全部热线', path: HOTLINES_PAGE, title: '全部热线' },
  { name: '小事快办', path: REPORTS_PAGE, title: '小事快办' },
  { name: '隐私政策', path: PRIVACY_PAGE, title: '隐私政策' },
  // A notice made through the API first (pinned, two paragraphs, 已修改); `prepare` returns the path to open.
  { name: '社区通知', path: NOTICE_PAGE, title: '社区通知', prepare: editedNoticePath },
]

/** On a tab in 长辈版: taps 全部内容 under the tiles, then every 筛选, so what they fold is on the page. */
async function openElderFullContent(page: Page): Promise<void> {
  if (!(await showElderFullContent(page))) return
  await page.locator('.taro_page_show .elder-home__full').waitFor()
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  const folds = page.locator('.taro_page_show .filter-fold__button')
  for (let i = 0; i < (await folds.count()); i++) await folds.nth(i).click()
}

/**
 * A system font this large (CSS px; the browser's standard is 16) makes the app start in 长辈版 by itself, as WeChat's
 * larger font settings do (domain/font-scale.ts: from 1.2×; this is 1.5×). In H5 the app's sizes are px and rem, so it
 * changes the first choice of mode, not the layout.
 */
export const LARGE_SYSTEM_FONT_PX = 24

/** `01-pages-news-index`: the page's place in QUALITY_PAGES and its path, for screenshot names. */
export function pageSlug(index: number, target: CheckedPage): string {
  return `${String(index + 1).padStart(2, '0')}-${target.path.replace(/[^a-z0-9]+/gi, '-')}`
}

/**
 * Opens `target` on a new phone page in `mode`, ready to check: loaded, settled, acted on and searched. 长辈版 comes
 * from the header's switch, or (elderBy 'system-font') from a LARGE_SYSTEM_FONT_PX browser font on first run.
 */
export async function openCheckedPage(
  browser: Browser,
  target: CheckedPage,
  mode: (typeof MODES)[number]['mode'],
  {
    viewport,
    elderBy = 'switch',
  }: { viewport?: BrowserContextOptions['viewport']; elderBy?: 'switch' | 'system-font' } = {},
): Promise<PhonePage> {
  const phone = await openPhonePage(browser, viewport ? { viewport } : {})
  const path = target.prepare ? await target.prepare() : target.path
  if (mode === 'elder' && elderBy === 'system-font') {
    const cdp = await phone.context.newCDPSession(phone.page)
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: LARGE_SYSTEM_FONT_PX } })
  }
  await openApp(phone.page, path)
  await waitForOnlyTitle(phone.page, target.title)
  await phone.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  if (mode === 'elder') {
    if (elderBy === 'switch') await phone.page.locator('.elder-mode-switch').filter({ visible: true }).first().click()
    await phone.page.locator('.page-shell--elder').filter({ visible: true }).first().waitFor()
    // A tab opens on its tiles (checked there too): open its full content and its 筛选 to check what they fold.
    await openElderFullContent(phone.page)
  }
  await target.act?.(phone.page)
  if (target.search) {
    await phone.page.getByRole('textbox').filter({ visible: true }).first().pressSequentially(target.search)
    await phone.page.locator('.highlighted-text__match').filter({ visible: true }).first().waitFor()
  }
  return phone
}

/** Registers the checks of every page in one reading mode, with its own browser. */
export function describeEveryPage({ mode, label, minTarget, minBodyFont }: (typeof MODES)[number]): void {
  let browser: Browser

  before(async () => {
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
  })

  for (const [index, target] of QUALITY_PAGES.entries()) {
    describe(`the ${target.name} page (${target.path}) in ${label} is usable by everyone`, () => {
      let phone: PhonePage

      before(async () => {
        phone = await openCheckedPage(browser, target, mode)
      })

      afterEach(() => phone.assertNoPageErrors())

      // Each page in each mode is kept as a full-page PNG (tests/e2e/screenshots/quality-*) for a person to look at.
      after(async () => {
        if (phone) {
          await screenshot(phone.page, `quality-${mode}-${pageSlug(index, target)}`)
        }
        await phone?.close()
      })

      if (index === 0) {
        // The copy @axe-core/playwright nests (4.13) would run otherwise, with the experimental rules off.
        it(`runs the installed axe-core ${INSTALLED_AXE_VERSION} with ${EXTRA_AXE_RULES.join(', ')} on`, async () => {
          const installed: string = (await import('axe-core')).default.version
          const report = await axeReport(phone.page)
          assert.equal(report.version, installed)
          assert.equal(INSTALLED_AXE_VERSION, installed)
          for (const rule of EXTRA_AXE_RULES) assert.ok(report.rulesRun.includes(rule), `${rule} did not run`)
        })
      }

      it('cuts nothing off at 390×844: no sideways scroll, every text whole and inside the screen and tab bar', async () => {
        assert.deepEqual(await clippedElements(phone.page), [])
      })

      it('has no serious or critical axe violations', async () => {
        assert.deepEqual(await blockingAxeViolations(phone.page), [])
      })

      it(`keeps its DOM under ${MAX_DOM_NODES} nodes`, async () => {
        const nodes = await phone.page.evaluate(() => document.getElementsByTagName('*').length)
        console.log(`# ${target.path} (${label}): ${nodes} DOM nodes`)
        assert.ok(nodes < MAX_DOM_NODES, `${nodes} DOM nodes`)
      })

      it(`gives every tappable control at least ${minTarget}×${minTarget} px`, async () => {
        assert.deepEqual(await smallTapTargets(phone, minTarget), [])
      })

      if (minBodyFont !== null) {
        it(`sets every visible text in the page body at ${minBodyFont} px or more`, async () => {
          assert.deepEqual(await smallText(phone, minBodyFont), [])
        })
      }

      // In 长辈版 every chip row wraps; in 标准版 only the rows asked to (a required choice, search suggestions).
      const wrappedRows = mode === 'elder' ? '.choice-chips' : '.choice-chips--wrap'
      it(`shows every chip of a wrapping row (${wrappedRows}): none scrolled off or faded at the edge`, async () => {
        // No named helpers inside evaluate(): the test runner's transform would reference a __name the page lacks.
        const hidden = await phone.page.evaluate(
          (selector) =>
            Array.from(document.querySelectorAll<HTMLElement>(selector))
              .filter((row) => row.offsetParent !== null)
              .map((row) => ({
                row,
                mask: getComputedStyle(row).maskImage || getComputedStyle(row).webkitMaskImage || 'none',
              }))
              .filter(({ row, mask }) => row.scrollWidth > row.clientWidth + 1 || mask !== 'none')
              .map(
                ({ row, mask }) =>
                  `${row.getAttribute('aria-label')}: ${row.scrollWidth} > ${row.clientWidth}, mask ${mask}`,
              ),
          wrappedRows,
        )
        assert.deepEqual(hidden, [])
      })
    })
  }
}

// What makes a page hard to use, measured in the browser: axe's serious and critical violations, tap targets below
// the mode's minimum and text set too small.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import type { PhonePage } from './browser'

/**
 * The project's own axe-core (package.json devDependencies), not the older copy @axe-core/playwright nests under its
 * node_modules (~4.13, which it would inject by default).
 */
const AXE_PATH = require.resolve('axe-core/axe.min.js')
export const INSTALLED_AXE_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(path.dirname(AXE_PATH), 'package.json'), 'utf8'),
).version
const AXE_SOURCE = fs.readFileSync(AXE_PATH, 'utf8')

/**
 * Rules axe 4.x leaves off by default that we hold every page to. label-content-name-mismatch (WCAG 2.5.3, tagged
 * experimental): a control's accessible name must contain its visible text, or voice control cannot find it.
 */
export const EXTRA_AXE_RULES = ['label-content-name-mismatch'] as const

export interface AxeReport {
  /** The axe-core version that ran in the page (testEngine.version). */
  version: string
  /** Every rule that ran (passed, failed, incomplete or inapplicable). */
  rulesRun: string[]
  /** Serious and critical violations, each with up to three of its elements. */
  blocking: string[]
}

/** Runs the installed axe-core on the page as it is now, with EXTRA_AXE_RULES on. */
export async function axeReport(page: Page): Promise<AxeReport> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .options({ rules: Object.fromEntries(EXTRA_AXE_RULES.map((id) => [id, { enabled: true }])) })
    .analyze()
  const rulesRun = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map(
    (r) => r.id,
  )
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
  return { version: results.testEngine.version, rulesRun, blocking }
}

/**
 * axe's serious and critical violations on the page as it is now. Throws when the axe that ran is not the installed
 * one or an extra rule did not run, so an old copy or a default rule set cannot pass a page unnoticed.
 */
export async function blockingAxeViolations(page: Page): Promise<string[]> {
  const report = await axeReport(page)
  if (report.version !== INSTALLED_AXE_VERSION) {
    throw new Error(`axe-core ${report.version} ran, but ${INSTALLED_AXE_VERSION} is installed`)
  }
  const missing = EXTRA_AXE_RULES.filter((id) => !report.rulesRun.includes(id))
  if (missing.length > 0) throw new Error(`axe did not run ${missing.join(', ')}`)
  return report.blocking
}

/** The visible controls a finger has to hit, with their size, for those smaller than the minimum. */
export async function smallTapTargets(phone: PhonePage, minTarget: number): Promise<string[]> {
  return phone.page.evaluate((min) => {
    // Cards, figure tiles, chart rows and milestones are tapped too: they are read out as links.
    const selector = [
      'button, a[href], input, textarea, .nut-button, .weui-tabbar__item',
      '[role="button"], [role="link"], [role="radio"], [role="switch"], [role="checkbox"]',
    ].join(', ')
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ el, box }) => `${el.innerText.trim() || el.className}: ${Math.round(box.width)}×${Math.round(box.height)}`,
      )
  }, minTarget)
}

/** Visible text in the page body smaller than `min` px, with its size: written text and what is typed into fields. */
export async function smallText(phone: PhonePage, min: number): Promise<string[]> {
  return phone.page.evaluate((minPx) => {
    const texts = Array.from(document.querySelectorAll<HTMLElement>('.page-shell__body *')).filter(
      (el) =>
        el.offsetParent !== null &&
        (el.matches('input:not([type="file"]), textarea') ||
          Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')),
    )
    return texts
      .map((el) => ({ el, px: parseFloat(getComputedStyle(el).fontSize) }))
      .filter(({ px }) => px < minPx)
      .map(
        ({ el, px }) => `${((el as HTMLInputElement).placeholder || el.innerText || '').trim().slice(0, 12)}: ${px}px`,
      )
  }, min)
}

/**
 * Visible elements matching `selector` whose text is under `min`:1 against what is behind it (the nearest background
 * colour up the tree). axe leaves text over a background image or gradient as "needs review", not as a violation, so
 * such text is reported here too (as 'over an image'), whatever its colours.
 */
export async function lowContrastText(page: Page, selector: string, min = 4.5): Promise<string[]> {
  // tsx names the helper functions below with its own __name, which the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f')
  return page.evaluate(
    ({ selector, min }) => {
      const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) => {
        const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
      }
      return Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((el) => el.offsetParent !== null && el.innerText.trim())
        .flatMap((el) => {
          const name = `${el.className} 「${el.innerText.trim()}」`
          let behind: HTMLElement | null = el
          while (behind) {
            const style = getComputedStyle(behind)
            if (style.backgroundImage !== 'none') return [`${name}: over an image (${style.backgroundImage})`]
            const bg = rgba(style.backgroundColor)
            if (bg.length === 3 || (bg.length === 4 && bg[3] === 1)) {
              const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(bg)]
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
              return ratio < min ? [`${name}: ${ratio.toFixed(2)}:1`] : []
            }
            behind = behind.parentElement
          }
          return []
        })
    },
    { selector, min },
  )
}

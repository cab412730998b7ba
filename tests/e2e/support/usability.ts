// What makes a page hard to use, measured in the browser: axe's serious and critical violations, tap targets below
// the mode's minimum and text set too small.
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import type { PhonePage } from './browser'

/** axe's serious and critical violations on the page as it is now, each with up to three of its elements. */
export async function blockingAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
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

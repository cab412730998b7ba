// What a small screen cuts off, measured in the browser: sideways overflow, text clipped by its own box or by an
// overflow:hidden ancestor, anything outside the viewport's width, and tab-bar labels outside the tab bar or screen.
import type { Page } from 'playwright-core'

/**
 * Elements whose text must be seen whole: controls, chips, headers, titles, the tab bar and dialogs. Everything else
 * with text of its own is checked against the viewport's width too.
 */
export const WHOLE_TEXT_SELECTOR = [
  'button, .nut-button, [role="button"], [role="link"], [role="switch"], [role="radio"], [role="checkbox"]',
  '.choice-chips, .choice-chips *',
  '.page-shell__header, .page-shell__header *, [role="heading"], h1, h2, h3',
  '.weui-tabbar, .weui-tabbar *, .taro-tabbar__tabbar',
  '[role="dialog"], [role="dialog"] *, [role="alertdialog"], [role="alertdialog"] *',
].join(', ')

/**
 * Every problem on the page as it is on screen now, one line each naming the element (tag.class 「text」) and how many
 * px it is cut: [] when nothing is.
 */
export async function clippedElements(page: Page): Promise<string[]> {
  // tsx names helper functions with its own __name, which the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f')
  return page.evaluate((wholeText) => {
    const problems: string[] = []
    const width = window.innerWidth
    const height = window.innerHeight
    const px = (n: number) => Math.round(n * 10) / 10
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''
      const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} 「${text}」`
    }
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && el.getClientRects().length > 0
    /** Deliberately hidden from sight (screen-reader-only text, a 1 px box, clip-path). */
    const offscreenByDesign = (el: Element, box: DOMRect) => {
      const style = getComputedStyle(el)
      return box.width <= 1 || box.height <= 1 || style.clipPath !== 'none' || style.clip.startsWith('rect')
    }
    const ownText = (el: Element) =>
      Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
    const clipsX = (style: CSSStyleDeclaration) => style.overflowX === 'hidden' || style.overflowX === 'clip'
    const clipsY = (style: CSSStyleDeclaration) => style.overflowY === 'hidden' || style.overflowY === 'clip'
    const scrollsX = (style: CSSStyleDeclaration) => style.overflowX === 'auto' || style.overflowX === 'scroll'
    const scrollsY = (style: CSSStyleDeclaration) => style.overflowY === 'auto' || style.overflowY === 'scroll'

    // 1. Nothing makes the document scroll sideways.
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollWidth > width) {
      problems.push(
        `the page scrolls sideways: scrollWidth ${root.scrollWidth} > ${width} (by ${root.scrollWidth - width} px)`,
      )
    }
    const scroller = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find(shown)
    if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
      problems.push(
        `${name(scroller).slice(0, 20)}… scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth} (by ${scroller.scrollWidth - scroller.clientWidth} px)`,
      )
    }

    const whole = new Set(Array.from(document.querySelectorAll(wholeText)))
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!(whole.has(el) || ownText(el)) || !shown(el)) continue
      const box = el.getBoundingClientRect()
      if (offscreenByDesign(el, box)) continue
      const style = getComputedStyle(el)
      // A row that scrolls sideways (chips in 标准版) may run past the screen: it is checked itself, not its children.
      let inScrollingRow = false
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const upStyle = getComputedStyle(up)
        if (scrollsX(upStyle) && up.scrollWidth > up.clientWidth + 1 && !up.classList.contains('taro_page')) {
          inScrollingRow = true
          break
        }
      }
      // 2. Inside the viewport's width.
      if (!inScrollingRow) {
        if (box.left < -0.5) problems.push(`${name(el)}: ${px(-box.left)} px past the left edge of the screen`)
        if (box.right > width + 0.5)
          problems.push(`${name(el)}: ${px(box.right - width)} px past the right edge (${px(box.right)} > ${width})`)
      }
      // Fixed to the screen (tab bar, bars, dialogs): inside its height too, since it cannot be scrolled into view.
      let fixed = false
      for (let up: Element | null = el; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).position === 'fixed') {
          fixed = true
          break
        }
      }
      if (fixed && box.bottom > height + 0.5)
        problems.push(
          `${name(el)}: ${px(box.bottom - height)} px past the bottom of the screen (${px(box.bottom)} > ${height})`,
        )
      if (fixed && box.top < -0.5) problems.push(`${name(el)}: ${px(-box.top)} px past the top of the screen`)
      // 3. Text cut by its own box (overflow hidden, ellipsis) …
      if (ownText(el) || whole.has(el)) {
        const he = el as HTMLElement
        if (clipsX(style) && he.scrollWidth > he.clientWidth + 1)
          problems.push(`${name(el)}: text cut at its right, ${he.scrollWidth - he.clientWidth} px hidden`)
        if (clipsY(style) && he.scrollHeight > he.clientHeight + 1 && style.display !== 'inline')
          problems.push(`${name(el)}: text cut at its bottom, ${he.scrollHeight - he.clientHeight} px hidden`)
        // A control, chip or header whose text spills out of its own box (drawn over its neighbours); a glyph drawn in
        // CSS (the header's search icon) has no text and may.
        if (
          whole.has(el) &&
          he.innerText.trim() !== '' &&
          !clipsX(style) &&
          !scrollsX(style) &&
          style.display !== 'inline' &&
          he.clientWidth > 0
        ) {
          if (he.scrollWidth > he.clientWidth + 1)
            problems.push(`${name(el)}: its content runs ${he.scrollWidth - he.clientWidth} px out of its box`)
        }
      }
      // … or by an ancestor that hides what overflows it. Inside a scroll container (the page, a sideways chip row)
      // whatever lies past its edge on that axis is scrolled to, not cut: ancestors above it are not asked on that axis.
      let askX = true
      let askY = true
      for (let up = el.parentElement; up && up !== document.body && (askX || askY); up = up.parentElement) {
        const upStyle = getComputedStyle(up)
        const x = askX && clipsX(upStyle)
        const y = askY && clipsY(upStyle)
        if (scrollsX(upStyle)) askX = false
        if (scrollsY(upStyle)) askY = false
        if (!x && !y) continue
        const r = up.getBoundingClientRect()
        const cut = [
          x && box.left < r.left - 0.5 ? `${px(r.left - box.left)} px at the left` : '',
          x && box.right > r.right + 0.5 ? `${px(box.right - r.right)} px at the right` : '',
          y && box.top < r.top - 0.5 ? `${px(r.top - box.top)} px at the top` : '',
          y && box.bottom > r.bottom + 0.5 ? `${px(box.bottom - r.bottom)} px at the bottom` : '',
        ].filter(Boolean)
        if (cut.length > 0) {
          problems.push(`${name(el)}: cut by ${name(up).split(' ')[0]} (overflow hidden), ${cut.join(', ')}`)
          break
        }
      }
    }

    // 4. The tab bar on screen, and every tab's label inside it.
    const bar = Array.from(document.querySelectorAll('.weui-tabbar, .taro-tabbar__tabbar')).find(shown)
    if (bar) {
      const b = bar.getBoundingClientRect()
      if (b.bottom > height + 0.5)
        problems.push(`${name(bar)}: ${px(b.bottom - height)} px past the bottom of the screen`)
      for (const label of Array.from(bar.querySelectorAll('.weui-tabbar__label')).filter(shown)) {
        const l = label.getBoundingClientRect()
        if (l.bottom > height + 0.5)
          problems.push(`${name(label)}: ${px(l.bottom - height)} px past the bottom of the screen`)
        if (l.bottom > b.bottom + 0.5) problems.push(`${name(label)}: ${px(l.bottom - b.bottom)} px below the tab bar`)
        if (l.top < b.top - 0.5) problems.push(`${name(label)}: ${px(b.top - l.top)} px above the tab bar`)
        if (l.left < b.left - 0.5 || l.right > b.right + 0.5)
          problems.push(`${name(label)}: outside the tab bar's width (${px(l.left)}..${px(l.right)})`)
      }
    }
    return [...new Set(problems)]
  }, WHOLE_TEXT_SELECTOR)
}

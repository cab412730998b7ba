// H5 only: Taro renders buttons as <taro-button-core>, which browsers and screen readers do not know as buttons.
// Give every such element (and our role="link" cards) a role, a tab stop and Enter/Space activation, in one place.
const BUTTONS = 'taro-button-core:not([role])'
const KEY_ACTIVATED = 'taro-button-core, [role="link"], [role="button"]'

function upgrade(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(BUTTONS).forEach((el) => {
    el.setAttribute('role', 'button')
    if (!el.hasAttribute('tabindex')) el.tabIndex = 0
  })
}

const installed = new WeakSet<Document>()

export function installH5ButtonSemantics(doc: Document = document): void {
  upgrade(doc)
  if (installed.has(doc)) return
  installed.add(doc)
  new MutationObserver(() => upgrade(doc)).observe(doc.documentElement, { childList: true, subtree: true })
  doc.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null
    if (!target?.matches?.(KEY_ACTIVATED) || (event.key !== 'Enter' && event.key !== ' ')) return
    event.preventDefault()
    target.click()
  })
}

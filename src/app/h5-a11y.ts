// H5 only: Taro renders buttons as <taro-button-core>, which browsers and screen readers do not know as buttons, and
// NutUI's Taro components (Switch, Radio …) write their role as the mini-program's `aria-role`, which browsers ignore.
// Give every such element a real role, a tab stop and Enter/Space activation, in one place.
const BUTTONS = 'taro-button-core:not([role])'
const MINI_PROGRAM_ROLES = '[aria-role]'
/** Roles a keyboard user operates with Enter or Space. */
const ACTIVATED_ROLES = ['button', 'link', 'switch', 'radio', 'checkbox']
const KEY_ACTIVATED = ['taro-button-core', ...ACTIVATED_ROLES.map((r) => `[role="${r}"]`)].join(', ')

function upgrade(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(BUTTONS).forEach((el) => {
    el.setAttribute('role', 'button')
    if (!el.hasAttribute('tabindex')) el.tabIndex = 0
  })
  root.querySelectorAll<HTMLElement>(MINI_PROGRAM_ROLES).forEach((el) => {
    const role = el.getAttribute('aria-role') ?? ''
    el.setAttribute('role', role)
    el.removeAttribute('aria-role')
    if (ACTIVATED_ROLES.includes(role) && !el.hasAttribute('tabindex')) el.tabIndex = 0
  })
}

const installed = new WeakSet<Document>()

export function installH5ButtonSemantics(doc: Document = document): void {
  upgrade(doc)
  if (installed.has(doc)) return
  installed.add(doc)
  new MutationObserver(() => upgrade(doc)).observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-role'],
  })
  doc.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null
    if (!target?.matches?.(KEY_ACTIVATED) || (event.key !== 'Enter' && event.key !== ' ')) return
    event.preventDefault()
    target.click()
  })
}

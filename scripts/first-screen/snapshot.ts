// Runs in Chromium on a tab of the built app: a copy of what the phone shows (Taro's tab-bar container, the page and
// the tab bar) without ids, focus stops, hidden parts or what lies below the first screen, and the app's styles in document order.

export interface Snapshot {
  html: string
  /** Each stylesheet of the document, in order: its URL path, or its text when it is a <style>. */
  sheets: { href: string | null; text: string }[]
}

/** Passed to page.evaluate: plain loops only (tsx would wrap named inner functions in a helper the page lacks). */
export function takeSnapshot(cutoffPx: number): Snapshot {
  const live = document.getElementById('container')
  if (!live) throw new Error('Taro tab-bar container #container is missing')
  const copy = live.cloneNode(true) as HTMLElement
  // Walk both trees side by side: the live one knows where each element is, the copy gets trimmed.
  const liveElements = [live, ...Array.from(live.querySelectorAll('*'))]
  const copyElements = [copy, ...Array.from(copy.querySelectorAll('*'))]
  const below: Element[] = []
  const defined: { element: Element; display: string }[] = []
  for (let i = 0; i < liveElements.length; i += 1) {
    const display = getComputedStyle(liveElements[i]).display
    if (display === 'none' || liveElements[i].getBoundingClientRect().top > cutoffPx) below.push(copyElements[i])
    else if (customElements.get(liveElements[i].tagName.toLowerCase()))
      defined.push({ element: copyElements[i], display })
  }
  // A defined custom element (<taro-view-core>, <taro-tabbar>) would come alive in the copy once the app defines it,
  // and <taro-tabbar> fails without its config: each becomes a <div> that keeps its attributes and its display.
  for (const { element, display } of defined) {
    const plain = document.createElement('div')
    for (const attribute of Array.from(element.attributes)) plain.setAttribute(attribute.name, attribute.value)
    if (display !== 'block') plain.style.display = display
    plain.append(...Array.from(element.childNodes))
    element.replaceWith(plain)
  }
  for (const element of below) element.remove()
  for (const element of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    element.removeAttribute('id')
    element.removeAttribute('tabindex')
    element.removeAttribute('tab-index')
  }
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT)
  const dropped: Node[] = []
  while (comments.nextNode()) dropped.push(comments.currentNode)
  for (const node of dropped) node.parentNode?.removeChild(node)

  const sheets: Snapshot['sheets'] = []
  for (const sheet of Array.from(document.styleSheets)) {
    const text = Array.from(sheet.cssRules)
      .map((rule) => rule.cssText)
      .join('\n')
    sheets.push({ href: sheet.href ? new URL(sheet.href).pathname : null, text })
  }
  return { html: copy.outerHTML, sheets }
}

// H5: the page on screen scrolls inside Taro's page container, which the element's own scrollIntoView moves (Taro's
// pageScrollTo would add its animation code to the first load for this). A tab just switched to may not be laid out
// yet: the element is looked for again every 100 ms, for up to 2 s, until it is on the page shown.

const RETRY_MS = 100
const GIVE_UP_MS = 2000

export function scrollToElement(selector: string): void {
  const deadline = Date.now() + GIVE_UP_MS
  const attempt = (): void => {
    const element = document.querySelector(selector)
    if (element && element.getClientRects().length > 0) element.scrollIntoView({ block: 'start', behavior: 'smooth' })
    else if (Date.now() < deadline) setTimeout(attempt, RETRY_MS)
  }
  attempt()
}

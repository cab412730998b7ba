// H5: the page on screen scrolls inside Taro's page container, which the element's own scrollIntoView moves (Taro's
// pageScrollTo would add its animation code to the first load for this).

export function scrollToElement(selector: string): void {
  document.querySelector(`.taro_page_show ${selector}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' })
}

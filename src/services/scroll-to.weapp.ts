// Mini-program: WeChat scrolls the page on screen to the element itself (switchTab resolves once the tab shows).
import Taro from '@tarojs/taro'

export function scrollToElement(selector: string): void {
  Taro.pageScrollTo({ selector, duration: 300 }).catch(() => {
    // Not on this page (yet): the page stays where it is.
  })
}

// Opens another page or tab, or scrolls to a part of this one; a failure (page stack full, bad path) tells the user
// instead of doing nothing.
import Taro from '@tarojs/taro'

export function navigateTo(url: string): void {
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '无法打开页面，请稍后重试', icon: 'none' })
  })
}

/** Switches to a tab page (navigateTo cannot open one); a failure tells the user. Resolves true once it shows. */
export function switchTab(url: string): Promise<boolean> {
  return Taro.switchTab({ url }).then(
    () => true,
    () => {
      Taro.showToast({ title: '无法打开页面，请稍后重试', icon: 'none' })
      return false
    },
  )
}

/** Scrolls the page on screen until the first element matching `selector` is at the top (nothing if none). */
export function scrollToElement(selector: string): void {
  Taro.pageScrollTo({ selector, duration: 300 }).catch(() => {
    // Not on this page (yet): the page stays where it is.
  })
}

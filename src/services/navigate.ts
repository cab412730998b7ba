// Opens another page or tab; a failure (page stack full, bad path) tells the user
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

// Opens another page; a failure (page stack full, bad path) tells the user instead of doing nothing.
import Taro from '@tarojs/taro'

export function navigateTo(url: string): void {
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '无法打开页面，请稍后重试', icon: 'none' })
  })
}

/** Switches to a tab page (navigateTo cannot open one); a failure tells the user. */
export function switchTab(url: string): void {
  Taro.switchTab({ url }).catch(() => {
    Taro.showToast({ title: '无法打开页面，请稍后重试', icon: 'none' })
  })
}

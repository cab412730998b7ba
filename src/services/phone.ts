// Calling and copying a phone number: the one place that asks the phone to dial (makePhoneCall) or copy a number.
import Taro from '@tarojs/taro'

const COPY_NOT_ALLOWED = '未获授权：再点复制并选「同意」'

export function callNumber(number: string): void {
  Taro.makePhoneCall({ phoneNumber: number }).catch(() => {
    // The user cancelled the dialog, or the device cannot call: nothing to undo.
  })
}

/**
 * 已复制, or why not: 未获授权 (the privacy guide refused: how to allow it) or 复制失败. A plain test of WeChat's error,
 * not services/platform-outcome.ts: the 民生 tab is in the weapp main package, with no room to spare (budgets.json).
 */
export function copyNumber(number: string): void {
  Taro.setClipboardData({ data: number })
    .then(() => Taro.showToast({ title: `已复制 ${number}`, icon: 'none' }))
    .catch((error: unknown) => {
      const denied = /privacy|"errno":104/.test(JSON.stringify(error))
      Taro.showToast({ title: denied ? COPY_NOT_ALLOWED : '复制失败，请手动记下号码', icon: 'none' })
    })
}

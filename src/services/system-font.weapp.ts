// Mini-program: WeChat's own font size setting — getAppBaseInfo's fontSizeScaleFactor where the base library gives
// it, else fontSizeSetting (px) over the standard of the phone's system (16 px on Android, 17 px on iOS).
import Taro from '@tarojs/taro'
import { fontScale } from '@/domain/font-scale'
import type { SystemFont } from './system-font'

/** Taro's typing of getAppBaseInfo leaves these out. */
interface FontInfo {
  fontSizeScaleFactor?: number
  fontSizeSetting?: number
}

function platform(): string {
  try {
    return (Taro.getDeviceInfo?.() ?? Taro.getSystemInfoSync()).platform ?? ''
  } catch {
    return ''
  }
}

export function systemFont(): SystemFont {
  try {
    const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as FontInfo
    const host = platform() === 'android' ? 'wechat-android' : 'wechat'
    return { scale: fontScale({ host, scaleFactor: info.fontSizeScaleFactor, px: info.fontSizeSetting }) }
  } catch {
    return { scale: null }
  }
}

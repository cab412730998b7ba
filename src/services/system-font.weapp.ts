// Mini-program: WeChat's own font size setting — getAppBaseInfo's fontSizeScaleFactor where the base library gives
// it, else fontSizeSetting (px) over the standard of the phone's system (16 px on Android, 17 px on iOS).
import Taro from '@tarojs/taro'
import { fontScale } from '@/domain/font-scale'
import type { SystemFont } from './system-font'

export function systemFont(): SystemFont {
  try {
    // Taro's typing of getAppBaseInfo leaves these out; both it and getDeviceInfo are older than our libVersion.
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    const host = Taro.getDeviceInfo().platform === 'android' ? 'wechat-android' : 'wechat'
    return { scale: fontScale({ host, scaleFactor: info.fontSizeScaleFactor, px: info.fontSizeSetting }) }
  } catch {
    return { scale: null }
  }
}

// Mini-program: WeChat's own font size setting (getAppBaseInfo's fontSizeSetting; 17 px is WeChat's standard).
import Taro from '@tarojs/taro'
import type { SystemFont } from './system-font'

export function systemFont(): SystemFont {
  try {
    // Taro's typing of getAppBaseInfo leaves fontSizeSetting out.
    const info = Taro.getAppBaseInfo() as { fontSizeSetting?: number }
    return { px: info.fontSizeSetting ?? null, standard: 17 }
  } catch {
    return { px: null, standard: 16 }
  }
}

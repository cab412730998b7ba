// Mini-program: in single-page mode (opened from Moments) a bar says how to reach the full app — WeChat's own
// 前往小程序 button at the bottom of the screen, since the page itself may not navigate.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { isSinglePageMode } from '@/domain/share-cards'
import './single-page-bar.scss'

/** The scene of this visit (not only of the launch: a warm start from Moments counts too). */
function enterScene(): number | undefined {
  try {
    return Taro.getEnterOptionsSync().scene
  } catch {
    return undefined
  }
}

export function SinglePageBar() {
  if (!isSinglePageMode(enterScene())) return null
  return (
    <View className='single-page-bar' role='note'>
      <Text>朋友圈预览页：点屏幕下方「前往小程序」查看完整内容</Text>
    </View>
  )
}

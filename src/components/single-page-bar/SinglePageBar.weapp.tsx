// Mini-program: in single-page mode (opened from Moments) a bar says how to reach the full app — WeChat's own
// 前往小程序 button at the bottom of the screen, since the page itself may not navigate.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { isSinglePageMode } from '@/domain/share-cards'
import './single-page-bar.scss'

/** The scene of this visit (getEnterOptionsSync, base library 2.9.4+), else of the launch. */
function enterScene(): number | undefined {
  try {
    return (Taro.getEnterOptionsSync?.() ?? Taro.getLaunchOptionsSync()).scene
  } catch {
    return undefined
  }
}

export function SinglePageBar() {
  const [single] = useState(() => isSinglePageMode(enterScene()))
  if (!single) return null
  return (
    <View className='single-page-bar' role='note'>
      <Text className='single-page-bar__text'>
        当前是朋友圈里的预览页，点屏幕下方的「前往小程序」可查看更多内容、报告问题
      </Text>
    </View>
  )
}

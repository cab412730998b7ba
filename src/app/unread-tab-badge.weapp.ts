// WeChat: the tab badge on every app show (the first launch included).
import Taro from '@tarojs/taro'
import { updateTabBadge } from './update-tab-badge'

export function watchUnreadForTabBadge(): void {
  Taro.onAppShow(() => void updateTabBadge())
}

// Mini-program: WeChat draws the page's back button and the tab bar itself; the page sets nothing outside its tree.
import { View } from '@tarojs/components'

export function BackButton() {
  return <View />
}

export function usePageFrame(): void {}

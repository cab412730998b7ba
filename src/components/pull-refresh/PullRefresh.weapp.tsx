// Mini-program: WeChat draws the pull-down spinner (enablePullDownRefresh in the page config); a pull reloads every
// registered list and stops the spinner when all are done — on success and on failure alike.
import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { PullRefreshProps } from './PullRefresh'
import { RefreshHubContext, createRefreshHub } from './refresh-hub'

export function PullRefresh({ children }: PullRefreshProps) {
  const [hub] = useState(createRefreshHub)
  usePullDownRefresh(() => {
    void hub.runAll().then(() => Taro.stopPullDownRefresh())
  })
  return <RefreshHubContext.Provider value={hub}>{children}</RefreshHubContext.Provider>
}

// H5: NutUI's PullToRefresh around the page's content (only when the page is scrolled to its top); its head says 正在刷新
// until every registered list is reloaded, then 已刷新 or 刷新失败.
import { useRef, useState } from 'react'
import { usePageScroll } from '@tarojs/taro'
import { PullToRefresh } from '@nutui/nutui-react-taro'
import type { PullRefreshProps } from './PullRefresh'
import { RefreshHubContext, createRefreshHub } from './refresh-hub'

export function PullRefresh({ children }: PullRefreshProps) {
  const [hub] = useState(createRefreshHub)
  const [atTop, setAtTop] = useState(true)
  const [failed, setFailed] = useState(false)
  const top = useRef(true)
  usePageScroll(({ scrollTop }) => {
    if (scrollTop <= 0 !== top.current) setAtTop((top.current = scrollTop <= 0))
  })
  const refresh = async () => setFailed(!(await hub.runAll()))
  return (
    <RefreshHubContext.Provider value={hub}>
      <PullToRefresh
        className='pull-refresh'
        scrollTop={atTop ? 0 : 1}
        pullingText='下拉刷新'
        canReleaseText='松开刷新'
        refreshingText='正在刷新…'
        completeText={failed ? '刷新失败' : '已刷新'}
        onRefresh={refresh}
      >
        {children}
      </PullToRefresh>
    </RefreshHubContext.Provider>
  )
}

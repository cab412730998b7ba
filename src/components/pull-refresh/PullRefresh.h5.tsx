// H5: NutUI's PullToRefresh around the page's content (only when the page is scrolled to its top); its head says
// 松开刷新, then 正在刷新… until every registered list is reloaded, then 已刷新 or 刷新失败.
import { useRef, useState } from 'react'
import { usePageScroll } from '@tarojs/taro'
import { PullToRefresh } from '@nutui/nutui-react-taro'
import type { PullRefreshProps } from './PullRefresh'
import { RefreshHubContext, createRefreshHub } from './refresh-hub'

/** The head's words; none while folded away (screen readers would read it above the list), 已刷新 / 刷新失败 at the end. */
const TEXT: Record<string, string> = { pulling: '', canRelease: '松开刷新', refreshing: '正在刷新…' }

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
        renderText={(status) => TEXT[status] ?? (failed ? '刷新失败' : '已刷新')}
        onRefresh={refresh}
      >
        {children}
      </PullToRefresh>
    </RefreshHubContext.Provider>
  )
}

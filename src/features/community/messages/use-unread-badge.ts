// The unread count for the badges: asked again each time the page shows (useDidShow; one small GET, none before this
// device has a resident session), shown on the 月湾湖 tab's badge (set, or removed when all is read) and returned for
// the NutUI badges on the tab page.
import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { TABS } from '@/app/tabs'
import { currentUnread, onUnreadChange, refreshUnread, showTabBadge } from '@/services/community/report-reads'

const COMMUNITY_TAB = TABS.findIndex((t) => t.key === 'community')

/** `onTabBar`: this page is a tab page, so it keeps the tab bar's badge in step with the count. */
export function useUnreadBadge({ onTabBar = false }: { onTabBar?: boolean } = {}): number {
  const [count, setCount] = useState(currentUnread)
  useEffect(() => onUnreadChange(setCount), [])
  useDidShow(() => {
    void refreshUnread()
  })
  useEffect(() => {
    if (onTabBar) showTabBadge(COMMUNITY_TAB, count)
  }, [onTabBar, count])
  return count
}

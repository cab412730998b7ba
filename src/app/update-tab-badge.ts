// Asks the unread count once and shows it on the 月湾湖 tab's badge (removed when all is read); a failed ask leaves the
// last badge (report-reads keeps the last count).
import { refreshUnread, showTabBadge } from '@/services/community/report-reads'
import { TABS } from './tabs'

const COMMUNITY_TAB = TABS.findIndex((t) => t.key === 'community')

export async function updateTabBadge(): Promise<void> {
  showTabBadge(COMMUNITY_TAB, await refreshUnread())
}

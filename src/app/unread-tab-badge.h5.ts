// H5: the tab badge once the first screen is up and whenever the page becomes visible again — only on a device that
// has a resident session (nothing of theirs can be unread otherwise); the code that asks is loaded then, so it is not
// part of the first load.
import { knownResidentToken } from '@/services/community/stored-session'

export function watchUnreadForTabBadge(): void {
  const update = () => {
    if (knownResidentToken()) void import('./update-tab-badge').then((m) => m.updateTabBadge())
  }
  window.setTimeout(update, 0)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update()
  })
}

// H5: the tab badge once the first screen is up and whenever the page becomes visible again; the code that asks is
// loaded then, so it is not part of the first load.
export function watchUnreadForTabBadge(): void {
  const update = () => void import('./update-tab-badge').then((m) => m.updateTabBadge())
  window.setTimeout(update, 0)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update()
  })
}

// H5: a new version of the app and a part of it that did not load. Once the first screen has loaded, the service
// worker is registered (service-worker.ts, a chunk of its own, so first paint does not wait for it; not in dev:h5,
// which builds none); a new version waits until the resident taps 刷新. A script or style chunk that fails to load (a
// page never opened, offline and not in the service worker's cache) rejects Taro's router or a lazy import with
// webpack's ChunkLoadError: instead of a silent blank page, index.html's bar 页面没能打开，请检查网络 · 重试 shows, and
// 重试 (a tap on the bar) loads the page again at the same address. Kept this small: it is part of every first load.
export function watchForUpdates(): void {
  window.onunhandledrejection = (event) => {
    if (!/ChunkLoadError/.test(event.reason)) return
    const bar = document.getElementById('load-failed')!
    bar.hidden = false
    bar.onclick = () => location.reload()
  }
  // A second after load: the service worker's first install then fetches the whole app while the phone is idle. (The
  // app's scripts start after the first paint, so the page may have finished loading before this runs.)
  if (process.env.NODE_ENV === 'production') {
    const register = () => setTimeout(() => import('./service-worker').catch(() => undefined), 1000)
    if (document.readyState === 'complete') register()
    else window.addEventListener('load', register, { once: true })
  }
}

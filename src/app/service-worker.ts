// H5 only, loaded by app-update.h5.ts after the first screen: loading it registers /sw.js, the Workbox service worker
// the build makes (config/sw.ts). A new version installs beside the running one and waits: index.html's bar
// 有新版本 · 刷新 activates it and reloads, so a page never mixes old and new chunks. The first install takes control
// without a reload.
const sw = navigator.serviceWorker
let refreshing = false

function offer(waiting: ServiceWorker): void {
  const bar = document.getElementById('new-version')!
  bar.hidden = false
  bar.querySelector('button')!.onclick = () => {
    refreshing = true
    waiting.postMessage({ type: 'SKIP_WAITING' })
  }
}

sw?.addEventListener('controllerchange', () => {
  if (refreshing) location.reload()
})

sw?.register('/sw.js').then(
  // (undefined where the browser refuses service workers without saying so, as tests that block them do)
  (registration?: ServiceWorkerRegistration) => {
    if (!registration) return
    if (registration.waiting && sw.controller) offer(registration.waiting)
    registration.addEventListener('updatefound', () => {
      const next = registration.installing
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && sw.controller) offer(next)
      })
    })
  },
  () => undefined,
)

export {}

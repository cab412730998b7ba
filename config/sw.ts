// The H5 build's service worker (Workbox GenerateSW → dist/h5/sw.js), added to production builds only (never dev:h5).
// Precached at install: index.html, every JS and CSS chunk (each page's too, so a page never opened still opens
// offline), the bundled content inside them and the tab icons. API reads: network first, the last answer when there is
// none, marked X-Offline-Copy (the app's screens that keep their own copy show that one, with 更新于). Not cached:
// writes (only GETs are routed), photos (signed URLs that expire), sessions, health checks, and any request carrying a
// token (one person's answers are not kept for the next person on the phone). A new version waits for 刷新.
import type Chain from 'webpack-chain'
import { GenerateSW } from 'workbox-webpack-plugin'

/** The routed API reads; the function is copied into sw.js as it is, so it uses nothing from here. */
export const cachedApiRead = ({ url, request }: { url: URL; request: Request }): boolean =>
  url.origin === self.location.origin &&
  url.pathname.startsWith('/api/') &&
  !/^\/api\/(photos|session|health|ready)\b/.test(url.pathname) &&
  !request.headers.has('Authorization')

/**
 * Marks an answer from the cache, with the time the server gave it, so the app can tell it from a fresh one. Copied
 * into sw.js as it is: plain promises (this file's async would be compiled into helpers sw.js does not have).
 */
export const markOfflineCopy = {
  cachedResponseWillBeUsed: (param: { cachedResponse?: Response }): Promise<Response | null> => {
    const cached = param.cachedResponse
    if (!cached) return Promise.resolve(null)
    return cached.blob().then((body) => {
      const headers = new Headers(cached.headers)
      headers.set('X-Offline-Copy', headers.get('Date') || 'unknown')
      return new Response(body, { status: cached.status, statusText: cached.statusText, headers })
    })
  },
}

export function addServiceWorker(chain: Chain): void {
  chain.plugin('service-worker').use(GenerateSW, [
    {
      swDest: 'sw.js',
      // Our only page is index.html (hash routes): every navigation gets it, from the cache when offline.
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api\//],
      exclude: [/\.map$/, /\.LICENSE\.txt$/],
      // Chunks carry their content hash in the name: no need to add a revision to their URLs.
      dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.(js|css)$/,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      inlineWorkboxRuntime: true,
      sourcemap: false,
      runtimeCaching: [
        {
          urlPattern: cachedApiRead,
          handler: 'NetworkFirst',
          method: 'GET',
          options: {
            cacheName: 'api-reads',
            expiration: { maxEntries: 100, maxAgeSeconds: 30 * 24 * 3600 },
            cacheableResponse: { statuses: [200] },
            plugins: [markOfflineCopy],
          },
        },
      ],
    },
  ])
}

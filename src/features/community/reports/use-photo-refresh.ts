// Photo URLs are signed and expire (minutes): when a photo fails to load, or the page shows again after its URLs
// expired, the report list is loaded again once for fresh URLs — never in a loop (one retry a minute at most).
import { useCallback, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { ReportView } from '@/domain/api-contract'
import { photoUrlsExpireAt } from '@/domain/photo-url-expiry'

/** A photo that fails again within this long after a reload is left as it is (it is not the URL's age). */
export const PHOTO_RETRY_GAP_MS = 60_000

/** serverTime − phone time of the last list answer. */
let serverSkewMs = 0

/** Notes the `serverTime` of a list answer, so URL expiries can be read on the phone's clock. */
export function noteServerTime(serverTime: string, phoneNow = Date.now()): void {
  const at = Date.parse(serverTime)
  if (!Number.isNaN(at)) serverSkewMs = at - phoneNow
}

/** The handler for a photo's load error; reloads on page show when the listed URLs have expired. */
export function usePhotoRefresh(items: readonly ReportView[] | null, reload: () => void): () => void {
  const lastRetry = useRef(0)
  const listed = useRef(items)
  listed.current = items

  const retry = useCallback(() => {
    const now = Date.now()
    if (now - lastRetry.current < PHOTO_RETRY_GAP_MS) return
    lastRetry.current = now
    reload()
  }, [reload])

  useDidShow(() => {
    const urls = (listed.current ?? []).flatMap((r) => r.photos.flatMap((p) => (p.url === null ? [] : [p.url])))
    const expiresAt = photoUrlsExpireAt(urls, serverSkewMs)
    if (expiresAt !== null && Date.now() >= expiresAt) retry()
  })
  return retry
}

// When signed photo URLs (`…?exp=<unix s>&sig=…`, server/http/photo-urls.ts) stop working, in the phone's own clock:
// the server's `exp` corrected by how far the phone's clock is from the server's.

/** The earliest `exp` among these URLs as a phone time (ms), given serverNow − phoneNow; null when none has one. */
export function photoUrlsExpireAt(urls: readonly string[], serverSkewMs: number): number | null {
  let earliest: number | null = null
  for (const url of urls) {
    const match = /[?&]exp=(\d{1,12})(?:&|$)/.exec(url)
    if (!match) continue
    const at = Number(match[1]) * 1000 - serverSkewMs
    earliest = earliest === null ? at : Math.min(earliest, at)
  }
  return earliest
}

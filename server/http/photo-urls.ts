// Signed, expiring photo URLs: `/api/photos/:id?exp=<unix s>&sig=<HMAC-SHA256>` over the photo id, the expiry and the
// community the viewer belongs to, keyed by PHOTO_URL_SECRET. They ride in the query because a mini-program <Image>
// cannot send a header; only the reporter and the community's workers are ever handed one.
import crypto from 'node:crypto'
import { API_PATHS } from '../../src/domain/api-paths'
import type { ServerConfig } from '../config'

export interface PhotoUrlSigner {
  /** The path to GET the photo with, valid for about the configured TTL from `now`. */
  url(photoId: string, community: string, now: Date): string
  /** Whether `query` carries a valid signature for this photo of this community, and how many seconds it has left. */
  check(photoId: string, community: string, query: unknown, now: Date): PhotoUrlCheck
}

export type PhotoUrlCheck = { ok: true; remainingS: number } | { ok: false; why: 'forged' | 'expired' }

const SIG = /^[A-Za-z0-9_-]{43}$/
const EXP = /^\d{1,12}$/

/** A signer with this key; `ttlS` seconds of life, rounded up to a step so one viewer's URLs stay the same a while. */
export function photoUrlSigner(secret: string, ttlS: number): PhotoUrlSigner {
  const key = Buffer.from(secret, 'utf8')
  // URLs minted within one step share an expiry, so a refreshed list reuses the browser's cached photo.
  const step = Math.max(1, Math.floor(ttlS / 10))
  const sign = (id: string, community: string, exp: number) =>
    crypto.createHmac('sha256', key).update(`photo\n${id}\n${community}\n${exp}`).digest()

  return {
    url(photoId, community, now) {
      const exp = Math.ceil((now.getTime() / 1000 + ttlS) / step) * step
      const sig = sign(photoId, community, exp).toString('base64url')
      return `${API_PATHS.photo(photoId)}?exp=${exp}&sig=${sig}`
    },
    check(photoId, community, query, now) {
      const { exp, sig } = (query ?? {}) as Record<string, unknown>
      if (typeof exp !== 'string' || typeof sig !== 'string' || !EXP.test(exp) || !SIG.test(sig)) {
        return { ok: false, why: 'forged' }
      }
      // Compared as text: base64url decoding ignores the last character's spare bits, the text does not.
      const expected = Buffer.from(sign(photoId, community, Number(exp)).toString('base64url'))
      if (!crypto.timingSafeEqual(Buffer.from(sig), expected)) {
        return { ok: false, why: 'forged' }
      }
      const remainingS = Number(exp) - Math.floor(now.getTime() / 1000)
      return remainingS > 0 ? { ok: true, remainingS } : { ok: false, why: 'expired' }
    },
  }
}

const signers = new WeakMap<ServerConfig, PhotoUrlSigner>()

/** The signer of this server's configuration (startApi has filled in a key when PHOTO_URL_SECRET was unset). */
export function photoUrls(config: ServerConfig): PhotoUrlSigner {
  let signer = signers.get(config)
  if (!signer) {
    if (!config.photoUrlSecret) throw new Error('photoUrlSecret is not set: startApi fills it in')
    signer = photoUrlSigner(config.photoUrlSecret, config.photoUrlTtlS)
    signers.set(config, signer)
  }
  return signer
}

/** A random key for one process (dev): URLs it signs fail on every other process and after a restart. */
export const randomPhotoUrlSecret = () => crypto.randomBytes(32).toString('base64url')

/** How a report answer names its photos for this viewer: URLs signed for their community, from now. */
export function photoUrlsFor(
  ctx: { config: ServerConfig; now: () => Date },
  viewer: { community: string },
): (photoId: string) => string {
  const signer = photoUrls(ctx.config)
  const now = ctx.now()
  return (photoId) => signer.url(photoId, viewer.community, now)
}

// Random ids made on the device (idempotency keys, the device id): time-ordered prefix, random tail, URL-safe.

/** e.g. "lx3k9a2-4f8q1z0c7m2p5w9r": base-36 time, then `randomChars` base-36 random characters. */
export function randomId(randomChars = 16): string {
  let tail = ''
  while (tail.length < randomChars) tail += Math.random().toString(36).slice(2)
  return `${Date.now().toString(36)}-${tail.slice(0, randomChars)}`
}

// Hands bundled JSON to the app as domain types; `npm run check:content` has validated it at build time.

/** Resolves with the bundled data; a promise so pages treat bundled and remote data the same way. */
export function bundled<T>(data: unknown): Promise<T> {
  return Promise.resolve(data as T)
}

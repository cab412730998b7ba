// Favourites and recently viewed: pure list rules, and safe parsing of whatever storage gave back.
export const MAX_RECENTS = 20

/** A stored id list; anything else (missing, corrupted, wrong shape) resets to empty. */
export function parseIdList(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && v.length > 0))]
}

export function toggleId<T>(list: readonly T[], id: T): T[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [id, ...list]
}

/** Puts id first, drops its older entry, keeps at most `max`. */
export function pushRecent(list: readonly string[], id: string, max = MAX_RECENTS): string[] {
  return [id, ...list.filter((x) => x !== id)].slice(0, max)
}

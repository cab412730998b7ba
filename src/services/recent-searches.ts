// Recent searches kept on this device: newest first, de-duplicated, at most 8; corrupted storage reads as none, and
// when storage fails the list lives in memory until the app closes (the storage wrapper keeps it).
import { addRecentSearch, parseRecentSearches } from '@/domain/global-search'
import { STORAGE_KEYS, asStorage, storage, type KeyValueStore, type Storage } from './storage'

const KEY = STORAGE_KEYS.recentSearches

export interface RecentSearches {
  list(): string[]
  /** Puts the query first; returns false when it could not be saved (it is still kept in memory). */
  add(query: string): boolean
  /** Forgets every recent search; returns false when storage could not be cleared (it is cleared in memory). */
  clear(): boolean
}

export function createRecentSearches(store: KeyValueStore | Storage): RecentSearches {
  const kept = asStorage(store)
  const list = () => kept.read(KEY, parseRecentSearches)
  const save = (next: string[]) => kept.write(KEY, next)
  return { list, add: (query) => save(addRecentSearch(list(), query)), clear: () => save([]) }
}

export const recentSearches = createRecentSearches(storage)

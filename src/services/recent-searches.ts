// Recent searches kept on this device under a versioned key: newest first, de-duplicated, at most 8; corrupted storage
// reads as none, and when storage fails the list lives in memory until the app closes.
import { addRecentSearch, parseRecentSearches } from '@/domain/global-search'
import { taroStore, type KeyValueStore } from './key-value-store'

export const RECENT_SEARCHES_KEY = 'search.recent.v1'

export interface RecentSearches {
  list(): string[]
  /** Puts the query first; returns false when it could not be saved (it is still kept in memory). */
  add(query: string): boolean
  /** Forgets every recent search; returns false when storage could not be cleared (it is cleared in memory). */
  clear(): boolean
}

export function createRecentSearches(store: KeyValueStore): RecentSearches {
  /** Set once a write has failed: from then on memory is the truth. */
  let inMemory: string[] | null = null
  const list = () => inMemory ?? parseRecentSearches(store.read(RECENT_SEARCHES_KEY))
  const save = (next: string[]): boolean => {
    try {
      store.write(RECENT_SEARCHES_KEY, next)
      inMemory = null
      return true
    } catch {
      inMemory = next
      return false
    }
  }
  return { list, add: (query) => save(addRecentSearch(list(), query)), clear: () => save([]) }
}

export const recentSearches = createRecentSearches(taroStore)

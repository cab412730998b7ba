// Device storage, the one way in: every key the app keeps (STORAGE_KEYS), reads that give the caller's fallback for
// anything missing or wrongly shaped, and writes that say when storage failed — the value then stays in memory (for
// this run of the app) and reads return it, so a full phone loses nothing the person is still looking at.
import Taro from '@tarojs/taro'

export { STORAGE_KEYS } from '@/domain/storage-keys'

/** The device's storage as the wrapper uses it (tests give one that fills up). */
export interface KeyValueStore {
  read(key: string): unknown
  /** Throws when storage is full or unavailable. */
  write(key: string, value: unknown): void
}

export const deviceStore: KeyValueStore = {
  read: (key) => {
    try {
      return Taro.getStorageSync(key)
    } catch {
      return undefined
    }
  },
  write: (key, value) => Taro.setStorageSync(key, value),
}

export interface Storage {
  /**
   * What `key` holds, through `parse` (which gives the fallback for a missing or bad value): memory's copy when the
   * last write failed, or — with `newer` — whichever of memory's copy and storage's `newer` picks.
   */
  read<T>(key: string, parse: (value: unknown) => T, newer?: (inMemory: T, inStorage: T) => T): T
  /** Saves `value`; false when storage failed — memory then keeps it until a write succeeds or the app closes. */
  write(key: string, value: unknown): boolean
  /** Keeps `value` in memory as well as whatever storage holds (e.g. photos too large to store). */
  remember(key: string, value: unknown): void
  /** True while memory holds what storage could not take under `key`. */
  unsaved(key: string): boolean
}

export function createStorage(store: KeyValueStore = deviceStore): Storage {
  const memory = new Map<string, unknown>()
  return {
    read(key, parse, newer) {
      const stored = parse(store.read(key))
      if (!memory.has(key)) return stored
      const kept = parse(memory.get(key))
      return newer ? newer(kept, stored) : kept
    },
    write(key, value) {
      try {
        store.write(key, value)
        memory.delete(key)
        return true
      } catch {
        memory.set(key, value)
        return false
      }
    },
    remember: (key, value) => void memory.set(key, value),
    unsaved: (key) => memory.has(key),
  }
}

/** A Storage as it is, or one made over a raw store (tests pass a store that fills up). */
export const asStorage = (store: KeyValueStore | Storage): Storage =>
  'unsaved' in store ? store : createStorage(store)

/** The app's storage. */
export const storage = createStorage()

/** Reads a stored value; missing, unreadable or wrongly shaped values give the fallback. */
export function readPreference<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): T {
  return storage.read(key, (value) => (isValid(value) ? value : fallback))
}

/** Writes a value; false when storage is full or unavailable (memory keeps it for this run). */
export const writePreference = (key: string, value: unknown): boolean => storage.write(key, value)

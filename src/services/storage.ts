// Device storage, the one way in: every key the app keeps (STORAGE_KEYS), reads that give the caller's fallback for
// anything missing or wrongly shaped, and writes that say when storage failed — the value then stays in memory (for
// this run of the app) and reads return it, so a full phone loses nothing the person is still looking at.
import Taro from '@tarojs/taro'

/** Every key kept on the device, versioned; tests import these instead of spelling them. */
export const STORAGE_KEYS = {
  uiMode: 'app.uiMode.v1',
  textScale: 'news.textScale.v1',
  favourites: 'services.favourites.v1',
  recents: 'services.recents.v1',
  recentSearches: 'search.recent.v1',
  device: 'community.device.v1',
  residentSession: 'community.session.resident.v1',
  workerSession: 'community.session.worker.v1',
  noticeCache: 'community.notices.cache.v2',
  noticesRead: 'community.notices.read.v1',
  noticesOpened: 'community.notices.opened.v1',
  noticeOutbox: 'community.outbox.v1',
  reportOutbox: 'community.reports.outbox.v1',
  myReportsCache: 'community.reports.mine.cache.v1',
  /** The last list of verified facts (GET /api/verified-facts) with its asOf. */
  verifiedFacts: 'verified.facts.cache.v1',
  noticeDraft: 'community.compose.draft.v1',
  noticeEditDraft: 'community.compose.edit.v1',
  reportDraft: 'community.report.draft.v1',
  /** A 信息有误 / 我来补充 report being written: apart, so it never replaces a 小事快办 draft. */
  correctionDraft: 'community.report.correction.draft.v1',
  /** One key per report being rated: `${ratingDraft}.${reportId}`. */
  ratingDraft: 'community.rating.draft.v1',
  /** One key per field being verified: `${verifyDraft}.${subjectKey}`. */
  verifyDraft: 'community.verify.draft.v1',
} as const

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

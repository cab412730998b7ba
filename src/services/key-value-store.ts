// Device storage behind a small interface, so the outbox and drafts can be tested with storage that fails.
import Taro from '@tarojs/taro'

export interface KeyValueStore {
  read(key: string): unknown
  /** Throws when storage is full or unavailable. */
  write(key: string, value: unknown): void
}

export const taroStore: KeyValueStore = {
  read: (key) => {
    try {
      return Taro.getStorageSync(key)
    } catch {
      return undefined
    }
  },
  write: (key, value) => Taro.setStorageSync(key, value),
}

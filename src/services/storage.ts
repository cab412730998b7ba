// Small preferences kept in Taro storage under versioned keys; a failed read gives the default, a failed write says so.
import Taro from '@tarojs/taro'

/** Reads a stored value; missing, unreadable or wrongly shaped values give the fallback. */
export function readPreference<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): T {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return isValid(value) ? value : fallback
  } catch {
    return fallback
  }
}

/** Writes a value; returns false (and keeps nothing) when storage is full or unavailable. */
export function writePreference(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value)
    return true
  } catch {
    return false
  }
}

// A list of guide ids kept on this device (favourites, recently viewed): survives reloads, resets if storage is
// corrupted, and when a write fails keeps working in memory and tells the user once.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { parseIdList } from '@/domain/saved-list'
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'

export const FAVOURITES_KEY = STORAGE_KEYS.favourites
export const RECENTS_KEY = STORAGE_KEYS.recents

const isIdList = (value: unknown): value is string[] => Array.isArray(value)

interface SavedIds {
  ids: string[]
  update: (change: (ids: string[]) => string[]) => void
  /** Reads storage again (another page may have changed it). */
  reload: () => void
}

const read = (key: string) => parseIdList(readPreference(key, isIdList, []))

export function useSavedIds(key: string): SavedIds {
  const [ids, setIds] = useState(() => read(key))
  const update = useCallback(
    (change: (ids: string[]) => string[]) => {
      setIds((current) => {
        const next = change(current)
        if (!writePreference(key, next)) {
          Taro.showToast({ title: '存储空间不足，本次记录仅在当前打开期间有效', icon: 'none' })
        }
        return next
      })
    },
    [key],
  )
  const reload = useCallback(() => setIds(read(key)), [key])
  return { ids, update, reload }
}

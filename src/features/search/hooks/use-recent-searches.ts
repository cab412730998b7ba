// Recent searches for the search page: newest first, kept on the device; when storage fails they still work while the
// app is open, and the resident is told once.
import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { recentSearches } from '@/services/recent-searches'

export function useRecentSearches() {
  const [list, setList] = useState(recentSearches.list)
  const warned = useRef(false)
  const after = useCallback((saved: boolean) => {
    setList(recentSearches.list())
    if (!saved && !warned.current) {
      warned.current = true
      Taro.showToast({ title: '存储空间不足，搜索记录仅在当前打开期间保留', icon: 'none' })
    }
  }, [])
  const add = useCallback((query: string) => after(recentSearches.add(query)), [after])
  const clear = useCallback(() => after(recentSearches.clear()), [after])
  return { list, add, clear }
}

// Which tabs show their full content under the 长辈版 tiles: opened by the tab's own button or by a tile that leads
// there (社区通知, 今日公园); kept while the app is open, so coming back to a tab finds it as it was left.
import { useSyncExternalStore } from 'react'
import type { TabDefinition } from '@/app/tabs'

type TabKey = TabDefinition['key']

const opened = new Set<TabKey>()
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The id of the element holding a tab's full content (one per tab, so unique across the pages kept open). */
export const fullContentId = (tab: TabKey): string => `elder-full-${tab}`

export function setFullContent(tab: TabKey, open: boolean): void {
  if (opened.has(tab) === open) return
  if (open) opened.add(tab)
  else opened.delete(tab)
  listeners.forEach((listener) => listener())
}

export function useFullContent(tab: TabKey): boolean {
  return useSyncExternalStore(subscribe, () => opened.has(tab))
}

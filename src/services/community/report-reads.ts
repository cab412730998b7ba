// What the resident has not yet seen of their reports: the unread count (GET /api/reports/unread-count, asked only
// when this device already has a resident session), kept here for every badge to follow, shown on the tab bar
// (setTabBarBadge / removeTabBarBadge), and marking a report read (POST /api/reports/:id/read). Zod-free: the
// 月湾湖 tab in the main package uses it.
import Taro from '@tarojs/taro'
import { API_PATHS } from '@/domain/api-paths'
import { badgeText } from '@/domain/badge'
import { apiRequest } from '@/services/api-client'
import { knownResidentToken } from './stored-session'

let unread = 0
const listeners = new Set<(count: number) => void>()

function set(count: number): void {
  if (count === unread) return
  unread = count
  listeners.forEach((l) => l(count))
}

export const currentUnread = (): number => unread

/** Calls `listener` with each new count; returns the unsubscribe. */
export function onUnreadChange(listener: (count: number) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

const parseCount = (body: unknown): { unread: number } | null => {
  const n = (body as { unread?: unknown } | null)?.unread
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? { unread: n } : null
}

/**
 * Asks the server for the count (one small GET) when this device has a resident session; none yet → 0, nothing
 * asked. Offline or refused: the last count stays. Resolves to the count now known.
 */
export async function refreshUnread(): Promise<number> {
  const token = knownResidentToken()
  if (!token) {
    set(0)
    return 0
  }
  try {
    const { unread: n } = await apiRequest({
      method: 'GET',
      path: API_PATHS.reportsUnreadCount,
      token,
      parse: parseCount,
    })
    set(n)
  } catch {
    // Keep the last count: a badge is a hint, and the list says what is unread when it loads.
  }
  return unread
}

/** The reports list says what is unread: the count follows it (no extra request). */
export const noteUnread = (count: number): void => set(count)

/** Marks the resident's report read on the server; the count goes down at once. False when it failed. */
export async function markReportRead(id: string, token: string): Promise<boolean> {
  try {
    await apiRequest({ method: 'POST', path: API_PATHS.reportRead(id), token, parse: () => ({}) })
    set(Math.max(0, unread - 1))
    return true
  } catch {
    return false
  }
}

/** The tab bar's badge at `index`: the count, or none. Failures (e.g. no tab bar on this page) are ignored. */
export function showTabBadge(index: number, count: number): void {
  const text = badgeText(count)
  const call = text ? Taro.setTabBarBadge({ index, text }) : Taro.removeTabBarBadge({ index })
  Promise.resolve(call).catch(() => undefined)
}

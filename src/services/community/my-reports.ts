// 我的消息's reports: the resident's own newest reports (one page of up to 50, with replies and timelines), saved on
// the device with when they were fetched so they read offline ("as of" that time) instead of failing; opening one
// marks it read on the server and in the saved copy; 我的报告 saves and reads the same copy. A storage write that fails
// keeps the copy in memory.
import { API_PATHS, PAGE_SIZE_MAX, reportListResponseSchema, type ReportView } from '@/domain/api-contract'
import { parseOrNull } from '@/domain/validation'
import { apiRequest, messageOf } from '@/services/api-client'
import { STORAGE_KEYS, storage } from '@/services/storage'
import { offlineLike } from './notice-pages'
import { markReportRead, noteUnread } from './report-reads'
import { residentToken } from './session'

const KEY = STORAGE_KEYS.myReportsCache

export interface MyReports {
  reports: ReportView[]
  fetchedAt: string
  /** Set when this is the saved copy shown because the network failed: why. */
  offline: string | null
  /** The copy could not be saved on the device (kept in memory for this run only). */
  unsaved: boolean
}

interface Saved {
  fetchedAt: string
  reports: ReportView[]
}

const parseList = parseOrNull(reportListResponseSchema)

function parseSaved(value: unknown): Saved | null {
  if (!value || typeof value !== 'object') return null
  const { fetchedAt, reports } = value as { fetchedAt?: unknown; reports?: unknown }
  if (typeof fetchedAt !== 'string' || Number.isNaN(Date.parse(fetchedAt))) return null
  const list = parseList({ serverTime: fetchedAt, reports, nextCursor: null })
  return list ? { fetchedAt, reports: list.reports } : null
}

/** What this device saved last, or null. */
export const readSavedReports = (): Saved | null => storage.read(KEY, parseSaved)

const save = (saved: Saved): boolean => storage.write(KEY, saved)

/** The newest of my reports from the server (saved for offline), or — offline — the saved copy; else it throws. */
export async function loadMyReports(): Promise<MyReports> {
  try {
    const page = await apiRequest({
      method: 'GET',
      path: `${API_PATHS.reports}?limit=${PAGE_SIZE_MAX}`,
      token: await residentToken(),
      parse: parseList,
    })
    const saved = { fetchedAt: new Date().toISOString(), reports: page.reports }
    const stored = save(saved)
    noteUnreadIfComplete(page.reports, page.nextCursor)
    return { ...saved, offline: null, unsaved: !stored }
  } catch (error) {
    const saved = savedMyReportsFor(error)
    if (!saved) throw error
    return { ...saved, offline: messageOf(error), unsaved: storage.unsaved(KEY) }
  }
}

/** A full list (no further page) gives the exact count; otherwise the server's count stands. */
function noteUnreadIfComplete(reports: readonly ReportView[], nextCursor: string | null): void {
  if (nextCursor === null) noteUnread(reports.filter((r) => r.unread).length)
}

/** Opens a report: read on the server and in the saved copy. False when the server could not be told (offline). */
export async function openMyReport(id: string): Promise<boolean> {
  let token: string
  try {
    token = await residentToken()
  } catch {
    return false
  }
  const ok = await markReportRead(id, token)
  if (ok) {
    const saved = readSavedReports()
    if (saved) save({ ...saved, reports: saved.reports.map((r) => (r.id === id ? { ...r, unread: false } : r)) })
  }
  return ok
}

/** 我的报告's first page of the resident's own reports: saved like 我的消息's list, so either reads offline. */
export function saveMyReportsPage(reports: ReportView[]): void {
  save({ fetchedAt: new Date().toISOString(), reports })
}

/** The saved copy when `error` is one it may stand in for (no answer, server down), else null. */
export const savedMyReportsFor = (error: unknown): Saved | null => (offlineLike(error) ? readSavedReports() : null)

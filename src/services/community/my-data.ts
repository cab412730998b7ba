// A resident's own data: deleting one report, deleting everything (删除我的全部数据: on the server, then this device's
// drafts, outbox, session and device id), and the retention the 隐私政策 shows. Nothing local goes unless the server did.
import { API_PATHS, privacyResponseSchema } from '@/domain/api-contract'
import { parseOrNull } from '@/domain/validation'
import { ApiRequestError, apiRequest, messageOf } from '@/services/api-client'
import { STORAGE_KEYS, writePreference } from '@/services/storage'
import { correctionDrafts, reportDrafts } from './report-drafts'
import { reportOutbox } from './report-outbox'
import { residentToken } from './session'

export const NEEDS_NETWORK = '删除需要联网：现在连不上服务器，什么也没有删除。请连上网络后再试。'

/** The message for a failed deletion: offline says it needs the network (nothing was deleted), else the reason. */
export function deletionFailure(error: unknown): string {
  if (error instanceof ApiRequestError && error.status === null) return NEEDS_NETWORK
  return `删除失败：${messageOf(error)}`
}

const listeners = new Set<() => void>()

/** Calls `listener` after this device's resident data was deleted (lists reload); returns the unsubscribe. */
export function onResidentDataDeleted(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

const done = () => true

/** Deletes one of the resident's reports; one already gone counts as deleted. Throws ApiRequestError otherwise. */
export async function deleteMyReport(id: string): Promise<void> {
  try {
    await apiRequest({ method: 'DELETE', path: API_PATHS.report(id), token: await residentToken(), parse: done })
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.status === 404)) throw error
  }
}

/** Forgets this device's report draft, report outbox, resident session and (H5) device id. */
export function clearLocalResidentData(): void {
  reportDrafts.clear()
  correctionDrafts.clear()
  reportOutbox.removeAll()
  writePreference(STORAGE_KEYS.residentSession, null)
  writePreference(STORAGE_KEYS.device, null)
  listeners.forEach((listener) => listener())
}

const deleteAll = async () =>
  apiRequest({ method: 'DELETE', path: API_PATHS.me, token: await residentToken(), parse: done })

/**
 * Deletes all the resident's data on the server, then on this device. A token the server no longer knows (a first
 * try whose answer was lost ended it) is dropped and the call made once more with a new one.
 */
export async function deleteAllMyData(): Promise<void> {
  try {
    await deleteAll()
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.status === 401)) throw error
    writePreference(STORAGE_KEYS.residentSession, null)
    await deleteAll()
  }
  clearLocalResidentData()
}

/** Days a finished report is kept (REPORT_RETENTION_DAYS on the server); null when the server cannot be asked. */
export async function fetchRetentionDays(): Promise<number | null> {
  try {
    const info = await apiRequest({
      method: 'GET',
      path: API_PATHS.privacy,
      parse: parseOrNull(privacyResponseSchema),
    })
    return info.reportRetentionDays
  } catch {
    return null
  }
}

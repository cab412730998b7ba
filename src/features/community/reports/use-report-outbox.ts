// Reports waiting to be sent (the report outbox through useOutbox): once one is sent the list is reloaded (it is now
// the server's), `onSent` hears which (with the number the server gave) and the entry, photos and all, leaves storage.
import type { OutboxEntry } from '@/domain/outbox'
import { reportOutbox } from '@/services/community/report-outbox'
import { useOutbox } from '@/features/community/forms/use-outbox'

export interface ReportOutboxState {
  entries: readonly OutboxEntry[]
  /** Storage failed: some entries live in memory only. */
  unsaved: boolean
}

export function useReportOutbox(onSent: (sent: readonly OutboxEntry[]) => void): ReportOutboxState {
  const entries = useOutbox(reportOutbox, onSent)
  return { entries: entries.filter((e) => e.status !== 'sent'), unsaved: reportOutbox.unsaved }
}

// Reports waiting to be sent, re-read on every change; once one is sent the list is reloaded (it is now the server's)
// and the entry, photos and all, leaves storage. Flushes when the page shows and when the network comes back.
import { useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { OutboxEntry } from '@/domain/outbox'
import { reportOutbox } from '@/services/report-outbox'

export interface ReportOutboxState {
  entries: readonly OutboxEntry[]
  /** Storage failed: some entries live in memory only. */
  unsaved: boolean
}

export function useReportOutbox(onSent: () => void): ReportOutboxState {
  const read = (): ReportOutboxState => ({
    entries: reportOutbox.list().filter((e) => e.status !== 'sent'),
    unsaved: reportOutbox.outbox.unsaved,
  })
  const [state, setState] = useState(read)
  const sent = useRef(onSent)
  sent.current = onSent
  useEffect(() => {
    reportOutbox.watchNetwork()
    const changed = () => {
      if (reportOutbox.list().some((e) => e.status === 'sent')) {
        reportOutbox.clearSent(0)
        sent.current()
      }
      setState(read())
    }
    const unsubscribe = reportOutbox.subscribe(changed)
    changed() // also what was sent while this page was closed
    return unsubscribe
  }, [])
  useDidShow(() => {
    void reportOutbox.flush(true)
  })
  return state
}

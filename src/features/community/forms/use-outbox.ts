// An outbox's entries for a page, re-read after every change; the outbox is watched (backoff timer, network back) and
// flushed when the page shows. `onSent`: once an entry is sent it leaves the outbox (it is now the server's) and the
// page reloads what it lists (and may read what the server answered from the sent entries it is given).
import { useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { OutboxEntry } from '@/domain/outbox'
import type { Outbox } from '@/services/create-outbox'

export function useOutbox(outbox: Outbox, onSent?: (sent: readonly OutboxEntry[]) => void): readonly OutboxEntry[] {
  const [entries, setEntries] = useState<readonly OutboxEntry[]>(() => outbox.list())
  const sent = useRef(onSent)
  sent.current = onSent
  useEffect(() => {
    outbox.watch()
    const changed = () => {
      const done = outbox.list().filter((e) => e.status === 'sent')
      if (sent.current && done.length > 0) {
        outbox.clearSent(0)
        sent.current(done)
      }
      setEntries([...outbox.list()])
    }
    const unsubscribe = outbox.subscribe(changed)
    changed() // also what was sent while this page was closed
    return unsubscribe
  }, [outbox])
  useDidShow(() => {
    // 已发布 entries stay a day, then go.
    void outbox.flush(true).then(() => outbox.clearSent())
  })
  return entries
}

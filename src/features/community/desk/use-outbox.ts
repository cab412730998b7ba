// The outbox's entries, re-read whenever it changes; flushes when the page shows and watches the network.
import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { OutboxEntry } from '@/domain/outbox'
import { flushOutbox, noticeOutbox, subscribeOutbox, watchNetwork } from '@/services/notice-outbox'

export function useOutbox(): readonly OutboxEntry[] {
  const [entries, setEntries] = useState<readonly OutboxEntry[]>(() => noticeOutbox.list())
  useEffect(() => {
    watchNetwork()
    return subscribeOutbox(() => setEntries([...noticeOutbox.list()]))
  }, [])
  useDidShow(() => {
    void flushOutbox(true)
  })
  return entries
}

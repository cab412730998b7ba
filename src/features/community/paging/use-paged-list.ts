// A list fetched page by page (the workers' notices, the reports): the first page on `reload`, the next on `loadMore`
// (once at a time; an item seen on an earlier page is kept once), with loading and error states; reloading drops
// what was loaded before; `replace` puts a changed item where it was.
import { useCallback, useEffect, useRef, useState } from 'react'
import { messageOf } from '@/services/api-client'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface PagedList<T> {
  /** null until the first page came. */
  items: T[] | null
  hasMore: boolean
  /** 'first': the first page is on its way; 'more': the next one. */
  loading: 'first' | 'more' | null
  /** Why the last fetch failed, or ''. */
  error: string
  /** Which fetch failed: the first page (reload) or the next one. */
  failed: 'first' | 'more' | null
  /** Fetches the first page again; resolves true when it came, false when it failed. */
  reload: () => Promise<boolean>
  loadMore: () => void
  /** Puts `item` in place of the loaded one with its id (a change made here: it stays where the user acted on it). */
  replace: (item: T) => void
}

/** `fetchPage(cursor)` gets a page; `version` reloads from the first page whenever it changes. */
export function usePagedList<T extends { id: string }>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  version = 0,
): PagedList<T> {
  const [items, setItems] = useState<T[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState<'first' | 'more' | null>('first')
  const [error, setError] = useState('')
  const [failed, setFailed] = useState<'first' | 'more' | null>(null)
  /** Bumped on every reload: an answer to an older request is dropped. */
  const generation = useRef(0)
  const busy = useRef(false)

  /** Fetches the first page (replacing what is loaded) or the one after `from` (appended, each item once). */
  const fetchInto = useCallback(
    (kind: 'first' | 'more', from: string | null) => {
      const mine = kind === 'first' ? ++generation.current : generation.current
      busy.current = true
      setLoading(kind)
      return fetchPage(from).then(
        (page) => {
          if (mine !== generation.current) return true
          busy.current = false
          setItems((before) => {
            if (kind === 'first') return page.items
            const known = new Set((before ?? []).map((item) => item.id))
            return [...(before ?? []), ...page.items.filter((item) => !known.has(item.id))]
          })
          setCursor(page.nextCursor)
          setLoading(null)
          setError('')
          setFailed(null)
          return true
        },
        (e: unknown) => {
          if (mine !== generation.current) return false
          busy.current = false
          setLoading(null)
          setError(messageOf(e))
          setFailed(kind)
          return false
        },
      )
    },
    [fetchPage],
  )

  const reload = useCallback(() => fetchInto('first', null), [fetchInto])
  const loadMore = useCallback(() => {
    if (!busy.current && cursor) void fetchInto('more', cursor)
  }, [fetchInto, cursor])

  const replace = useCallback((item: T) => {
    setItems((before) => before?.map((known) => (known.id === item.id ? item : known)) ?? before)
  }, [])

  useEffect(() => {
    void reload()
  }, [reload, version])
  return { items, hasMore: cursor !== null, loading, error, failed, reload, loadMore, replace }
}

// What a pull-down refresh reloads: the lists inside a PullRefresh register their reload here (useRefreshOnPull), and
// the pull runs them all and waits for every one, whether it succeeded or failed.
import { createContext, useContext, useEffect, useRef } from 'react'

/** A reload; resolves false (or rejects) when it failed. */
export type Refresher = () => Promise<unknown>

export interface RefreshHub {
  add(refresher: Refresher): () => void
  /** Runs every registered reload at once; true when none failed. Never rejects. */
  runAll(): Promise<boolean>
}

export function createRefreshHub(): RefreshHub {
  const refreshers = new Set<Refresher>()
  return {
    add(refresher) {
      refreshers.add(refresher)
      return () => refreshers.delete(refresher)
    },
    runAll() {
      // A reload that fails (or throws) counts as false; no Promise.allSettled, which older phones' engines lack.
      const runs = [...refreshers].map((r) =>
        Promise.resolve()
          .then(r)
          .then(
            (value) => value !== false,
            () => false,
          ),
      )
      return Promise.all(runs).then((oks) => oks.every(Boolean))
    },
  }
}

export const RefreshHubContext = createContext<RefreshHub | null>(null)

/** Reloads with `refresh` when the resident pulls the page down (inside a PullRefresh; nothing outside one). */
export function useRefreshOnPull(refresh: Refresher): void {
  const hub = useContext(RefreshHubContext)
  const latest = useRef(refresh)
  latest.current = refresh
  useEffect(() => hub?.add(() => latest.current()), [hub])
}

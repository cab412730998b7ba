// Runs an async loader and tracks loading / error / ready, with a retry that runs it again (and resolves when that
// run is over: true when it loaded, false when it failed).
import { useCallback, useEffect, useRef, useState } from 'react'

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; data: T }

export function useAsync<T>(load: () => Promise<T>): { state: AsyncState<T>; retry: () => Promise<boolean> } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  /** Retries waiting for the run they asked for. */
  const waiting = useRef<((ok: boolean) => void)[]>([])

  useEffect(() => {
    let current = true
    const settle = (ok: boolean) => waiting.current.splice(0).forEach((resolve) => resolve(ok))
    setState({ status: 'loading' })
    load().then(
      (data) => {
        if (!current) return
        setState({ status: 'ready', data })
        settle(true)
      },
      (error: unknown) => {
        if (!current) return
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) })
        settle(false)
      },
    )
    return () => {
      current = false
    }
  }, [load, attempt])

  const retry = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        waiting.current.push(resolve)
        setAttempt((n) => n + 1)
      }),
    [],
  )
  return { state, retry }
}

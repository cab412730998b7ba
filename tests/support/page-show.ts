// Fires Taro's page-show lifecycle (what the H5 router does when a page appears) for components that load in
// useDidShow. jsdom has no router, so nothing calls them otherwise: the hooks keep their callbacks on the page
// instance under HOOKS_APP_ID (no PageContext in tests), as an array or a single function.
import { act } from '@testing-library/react'
import { HOOKS_APP_ID, getPageInstance } from '@tarojs/runtime'

type Lifecycle = ((...args: unknown[]) => unknown) | ((...args: unknown[]) => unknown)[] | undefined

/** Runs every useDidShow callback of the mounted components, as when the page is shown. */
export function showPage(): void {
  const instance = getPageInstance(HOOKS_APP_ID) as unknown as { componentDidShow?: Lifecycle } | undefined
  const callbacks = instance?.componentDidShow
  const list = Array.isArray(callbacks) ? callbacks : callbacks ? [callbacks] : []
  act(() => {
    for (const callback of list) callback()
  })
}

/** Runs every useReachBottom callback, as when the page is scrolled to its end. */
export function reachBottom(): void {
  const instance = getPageInstance(HOOKS_APP_ID) as unknown as { onReachBottom?: Lifecycle } | undefined
  const callbacks = instance?.onReachBottom
  const list = Array.isArray(callbacks) ? callbacks : callbacks ? [callbacks] : []
  act(() => {
    for (const callback of list) callback()
  })
}

// Fires the mini-program's pull-down lifecycle (what WeChat does when a page with enablePullDownRefresh is pulled):
// every usePullDownRefresh callback of the mounted components, kept on the page instance under HOOKS_APP_ID.
import { act } from '@testing-library/react'
import { HOOKS_APP_ID, getPageInstance } from '@tarojs/runtime'

type Lifecycle = ((...args: unknown[]) => unknown) | ((...args: unknown[]) => unknown)[] | undefined

export function pullDown(): void {
  const instance = getPageInstance(HOOKS_APP_ID) as unknown as { onPullDownRefresh?: Lifecycle } | undefined
  const callbacks = instance?.onPullDownRefresh
  const list = Array.isArray(callbacks) ? callbacks : callbacks ? [callbacks] : []
  if (list.length === 0) throw new Error('no usePullDownRefresh on this page')
  act(() => {
    for (const callback of list) callback()
  })
}

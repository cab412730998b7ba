// What the mounted page answers to a page lifecycle WeChat calls (onShareAppMessage, onShareTimeline …): the hooks
// keep their callbacks on the page instance under HOOKS_APP_ID (no PageContext in tests), as an array or one function.
import { HOOKS_APP_ID, getPageInstance } from '@tarojs/runtime'

type Callback = (...args: unknown[]) => unknown

/** Every answer of the page's `lifecycle` callbacks, called with `args`. */
export function callPageHook(lifecycle: string, ...args: unknown[]): unknown[] {
  const instance = getPageInstance(HOOKS_APP_ID) as unknown as Record<string, Callback | Callback[] | undefined>
  const callbacks = instance?.[lifecycle]
  const list = Array.isArray(callbacks) ? callbacks : callbacks ? [callbacks] : []
  return list.map((callback) => callback(...args))
}

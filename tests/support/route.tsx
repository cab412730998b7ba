// Opens a page at a route with query params, as Taro's H5 router would, for pages that read them with useRouter().
import { type ComponentType } from 'react'
import { Current } from '@tarojs/runtime'
import { openPage } from './render-page'

/*
 * useRouter() returns Current.router (tests/setup/taro-page-hooks.ts has already handed React to Taro's hooks), so
 * that is where a test puts the route. jest.spyOn(Taro, 'useRouter') does not work: pages import the named export,
 * a getter that cannot be redefined, and the default export's copy is not the one they call.
 */
afterEach(() => {
  Current.router = null
})

/** Sets the route useRouter() returns until the test ends. */
export function routeTo(path: string, params: Record<string, string> = {}): void {
  Current.router = { path, params, $taroPath: path, onReady: '', onHide: '', onShow: '' }
}

/** Routes to `path` with `params`, then opens the page: skeleton first, then the content. */
export async function openPageAt(Page: ComponentType, path: string, params: Record<string, string>): Promise<void> {
  routeTo(path, params)
  await openPage(Page)
}

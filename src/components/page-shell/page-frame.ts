// How a page fits the platform around it: page-frame.h5.ts in the browser, page-frame.weapp.ts in the mini-program
// (Taro picks the file for the build; this one only declares what both export).
import type { UiMode } from '@/domain/theme'

/** Pages that are not tabs draw their own back button: H5 only (WeChat's own bar has one in the mini-program). */
export declare const DRAWS_BACK_BUTTON: boolean

/** Whatever the page must set outside its own tree for `mode` and for keyboard users; nothing in the mini-program. */
export declare function usePageFrame(anchorId: string, pageName: string, mode: UiMode): void

// How a page fits the platform around it: page-frame.h5.tsx in the browser, page-frame.weapp.tsx in the mini-program
// (Taro picks the file for the build; this one only declares what both export).
import type { ReactElement } from 'react'
import type { UiMode } from '@/domain/theme'

/**
 * The header's left end on a page that is not a tab: a back button to the previous page (or to `to` when the page was
 * opened from a link) in H5; an empty placeholder in the mini-program, whose own bar has a back button.
 */
export declare function BackButton(props: { to: string }): ReactElement

/** Whatever the page must set outside its own tree for `mode` and for keyboard users; nothing in the mini-program. */
export declare function usePageFrame(anchorId: string, pageName: string, mode: UiMode): void

// Share this page: ShareButton.weapp.tsx opens WeChat's own share sheet, ShareButton.h5.tsx uses Web Share or copies
// the link (with a toast); Taro picks the file for the build, and this one only declares the component both export.
import type { ReactElement } from 'react'

export interface ShareButtonProps {
  /** What is shared, e.g. the article's title. */
  title: string
}

export declare function ShareButton(props: ShareButtonProps): ReactElement

// Pull-down refresh of a page: PullRefresh.weapp.tsx uses WeChat's own (the page config's enablePullDownRefresh +
// usePullDownRefresh, stopped with stopPullDownRefresh when every reload is done), PullRefresh.h5.tsx NutUI's
// PullToRefresh; Taro picks the file for the build, and this one only declares what both export.
import type { ReactElement, ReactNode } from 'react'

export interface PullRefreshProps {
  /** The page's content; its lists register their reload with useRefreshOnPull. */
  children: ReactNode
}

export declare function PullRefresh(props: PullRefreshProps): ReactElement

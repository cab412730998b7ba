// Who reads the 小事快办 page, and how the page speaks to them: a resident reports problems and follows their own; a
// signed-in worker follows the community's reports (the title in WeChat's bar and the browser tab changes too).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { workerSession } from '@/services/community/session'

export interface ReportsAudience {
  worker: boolean
  title: string
  subtitle: string
}

export const RESIDENT_AUDIENCE: ReportsAudience = {
  worker: false,
  title: '小事快办',
  subtitle: '报告身边的小问题',
}

export const WORKER_AUDIENCE: ReportsAudience = {
  worker: true,
  title: '居民报告',
  subtitle: '本社区居民报告的问题：受理、处理并回复居民',
}

/** The audience of the page as it opens (the session is read once, so the page does not switch under a reader). */
export function useReportsAudience(): ReportsAudience {
  const [audience] = useState(() => (workerSession() ? WORKER_AUDIENCE : RESIDENT_AUDIENCE))
  useEffect(() => {
    // The page config names it 小事快办; a worker's bar says 居民报告. Best effort: a bar that cannot change keeps its title.
    if (audience.worker) Taro.setNavigationBarTitle({ title: audience.title }).catch(() => undefined)
  }, [audience])
  return audience
}

// A notice's words and limits without zod (the tab, in the weapp main package, uses them): categories, states and
// their Chinese labels, field lengths, the default audience and the 全部 filter.
export const NOTICE_CATEGORIES = ['通知', '活动', '便民', '安全', '其他'] as const
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number]

export const NOTICE_TITLE_MAX = 60
export const NOTICE_BODY_MAX = 5000
export const NOTICE_AUDIENCE_MAX = 30
export const DEFAULT_AUDIENCE = '全体居民'

export const NOTICE_STATES = ['draft', 'scheduled', 'published', 'expired', 'withdrawn'] as const
export type NoticeState = (typeof NOTICE_STATES)[number]
/** Each state as workers and residents read it; `expired` is also the heading of the residents' 往期 list. */
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  draft: '草稿',
  scheduled: '定时发布',
  published: '已发布',
  expired: '往期',
  withdrawn: '已撤回',
}

/** The category filter that shows every notice. */
export const ALL_CATEGORIES = '全部'

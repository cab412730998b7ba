// The API's paths, apart from the zod contract so the tab (in the weapp main package) can use them without zod.
export const API_PATHS = {
  session: '/api/session',
  notices: '/api/notices',
  notice: (id: string) => `/api/notices/${encodeURIComponent(id)}`,
  reports: '/api/reports',
  report: (id: string) => `/api/reports/${encodeURIComponent(id)}`,
  /** POST: the reporter's 评价 of a finished report. */
  reportRating: (id: string) => `/api/reports/${encodeURIComponent(id)}/rating`,
  /** POST (its reporter): marks the report's status changes and replies as seen. */
  reportRead: (id: string) => `/api/reports/${encodeURIComponent(id)}/read`,
  /** GET (a resident): how many of their reports are unread. */
  reportsUnreadCount: '/api/reports/unread-count',
  /** POST: the report template ids a resident accepted (进度通知我). */
  reportSubscriptions: (id: string) => `/api/reports/${encodeURIComponent(id)}/subscriptions`,
  /** POST: the notice template ids a resident accepted (订阅新通知). */
  noticeSubscriptions: '/api/notice-subscriptions',
  /** GET: the WeChat template ids of 订阅消息 (null when not configured). */
  messageTemplates: '/api/message-templates',
  /** GET (public): current verified values of a community's guides, parks and contacts; POST (workers): verify one. */
  verifiedFacts: '/api/verified-facts',
  /** GET (workers): every verification of one subject (?kind=&id=&field=), newest first. */
  verifiedFactHistory: '/api/verified-facts/history',
  photos: '/api/photos',
  photo: (id: string) => `/api/photos/${encodeURIComponent(id)}`,
  /** DELETE: 删除我的全部数据 (the resident's reports, photos and sessions). */
  me: '/api/me',
  /** GET: what the 隐私政策 shows from the server (the retention period). */
  privacy: '/api/privacy',
  health: '/api/health',
  ready: '/api/ready',
} as const

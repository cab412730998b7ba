// The API's paths, apart from the zod contract so the tab (in the weapp main package) can use them without zod.
export const API_PATHS = {
  session: '/api/session',
  notices: '/api/notices',
  notice: (id: string) => `/api/notices/${encodeURIComponent(id)}`,
  reports: '/api/reports',
  report: (id: string) => `/api/reports/${encodeURIComponent(id)}`,
  photos: '/api/photos',
  photo: (id: string) => `/api/photos/${encodeURIComponent(id)}`,
  health: '/api/health',
  ready: '/api/ready',
} as const

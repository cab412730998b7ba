// The API route table: method and path → who may call it, what body it reads (checked after the token, so a large
// body from a stranger is never read), and its handler.
import type { Request, Response } from 'express'
import { API_PATHS } from '../src/domain/api-paths'
import type { ServerContext } from './context'
import type { Access } from './http/auth'
import { getNotice, listNotices, patchNotice, postNotice } from './handlers/notices'
import { getPhoto, uploadPhoto } from './handlers/photos'
import { listReports, patchReport, postRating, postReport, readReport, unreadCount } from './handlers/reports'
import { createSession, deleteSession } from './handlers/session'
import { health, ready } from './handlers/health'
import { WECHAT_PUSH_PATH, receivePush, verifyPushUrl } from './handlers/wechat-push'
import { deleteMyData, deleteReport, getPrivacy } from './handlers/privacy'
import { factHistoryOf, listVerifiedFacts, postVerifiedFact } from './handlers/verified-facts'
import { getMessageTemplates, postNoticeSubscription, postReportSubscription } from './handlers/subscriptions'

export type Handler = (ctx: ServerContext, req: Request, res: Response) => Promise<void>

export interface Route {
  method: 'get' | 'post' | 'patch' | 'delete'
  path: string
  access: Access
  /** 'json': a JSON body of at most BODY_LIMIT_BYTES.default; 'stream': the handler reads the body itself. */
  body?: 'json' | 'stream'
  handler: Handler
}

export const ROUTES: Route[] = [
  { method: 'get', path: API_PATHS.health, access: 'public', handler: health },
  { method: 'get', path: API_PATHS.ready, access: 'public', handler: ready },
  { method: 'post', path: API_PATHS.session, access: 'public', body: 'json', handler: createSession },
  { method: 'delete', path: API_PATHS.session, access: 'public', handler: deleteSession },
  { method: 'get', path: API_PATHS.notices, access: 'optional', handler: listNotices },
  { method: 'post', path: API_PATHS.notices, access: 'worker', body: 'json', handler: postNotice },
  { method: 'get', path: `${API_PATHS.notices}/:id`, access: 'optional', handler: getNotice },
  { method: 'patch', path: `${API_PATHS.notices}/:id`, access: 'worker', body: 'json', handler: patchNotice },
  { method: 'get', path: API_PATHS.reports, access: 'signed-in', handler: listReports },
  { method: 'get', path: API_PATHS.reportsUnreadCount, access: 'signed-in', handler: unreadCount },
  { method: 'post', path: `${API_PATHS.reports}/:id/read`, access: 'signed-in', handler: readReport },
  { method: 'post', path: API_PATHS.reports, access: 'signed-in', body: 'json', handler: postReport },
  { method: 'patch', path: `${API_PATHS.reports}/:id`, access: 'worker', body: 'json', handler: patchReport },
  { method: 'delete', path: `${API_PATHS.reports}/:id`, access: 'signed-in', handler: deleteReport },
  { method: 'post', path: `${API_PATHS.reports}/:id/rating`, access: 'signed-in', body: 'json', handler: postRating },
  {
    method: 'post',
    path: `${API_PATHS.reports}/:id/subscriptions`,
    access: 'signed-in',
    body: 'json',
    handler: postReportSubscription,
  },
  {
    method: 'post',
    path: API_PATHS.noticeSubscriptions,
    access: 'signed-in',
    body: 'json',
    handler: postNoticeSubscription,
  },
  { method: 'get', path: API_PATHS.messageTemplates, access: 'public', handler: getMessageTemplates },
  { method: 'get', path: API_PATHS.verifiedFacts, access: 'public', handler: listVerifiedFacts },
  { method: 'post', path: API_PATHS.verifiedFacts, access: 'worker', body: 'json', handler: postVerifiedFact },
  { method: 'get', path: API_PATHS.verifiedFactHistory, access: 'worker', handler: factHistoryOf },
  { method: 'delete', path: API_PATHS.me, access: 'signed-in', handler: deleteMyData },
  { method: 'get', path: API_PATHS.privacy, access: 'public', handler: getPrivacy },
  { method: 'post', path: API_PATHS.photos, access: 'signed-in', body: 'stream', handler: uploadPhoto },
  // No token (an <Image> cannot send one): the URL's signature is the permission, checked by the handler.
  { method: 'get', path: `${API_PATHS.photos}/:id`, access: 'public', handler: getPhoto },
  // WeChat's 消息推送 (photo check results): no token, WeChat's signature in the query, checked by the handler.
  { method: 'get', path: WECHAT_PUSH_PATH, access: 'public', handler: verifyPushUrl },
  { method: 'post', path: WECHAT_PUSH_PATH, access: 'public', body: 'stream', handler: receivePush },
]

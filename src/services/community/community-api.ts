// Worker and resident calls beyond the feed: a worker's notices page by page (published and 往期; drafts, scheduled
// and withdrawn), one notice with its history, pin / withdraw, and the resident reports (小事快办): photos uploaded
// first then the report sent with their ids, each with an idempotency key; pages of reports; a worker's status update;
// the reporter's 评价 of a finished report.
import {
  API_PATHS,
  IDEMPOTENCY_KEY_HEADER,
  reportListResponseSchema,
  reportResponseSchema,
  type ReportListResponse,
  type ReportView,
} from '@/domain/api-contract'
import {
  noticePageResponseSchema,
  noticeResponseSchema,
  type NoticePageResponse,
  type NoticeSection,
  type NoticeView,
} from '@/domain/notice/api'
import type { NoticePatchInput } from '@/domain/notice/schema'
import { parseOrNull } from '@/domain/validation'
import type { ReportCreateBodyInput, ReportCreateInput, ReportPatchInput, ReportRatingBodyInput } from '@/domain/report'
import { apiRequest } from '@/services/api-client'
import { uploadPhoto } from './photo-upload'
import { residentToken, workerSession } from './session'

function workerToken(): string {
  const session = workerSession()
  if (!session) throw new Error('请先登录工作人员账号')
  return session.token
}

/** `?section=&cursor=` for a list path. */
function pagePath(base: string, query: Record<string, string | null | undefined>): string {
  const parts = Object.entries(query)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return parts.length > 0 ? `${base}?${parts.join('&')}` : base
}

/** One page of the worker's community's notices: `feed` (published, then 往期) or `unpublished`. */
export function fetchWorkerNoticePage(
  section: NoticeSection,
  cursor: string | null = null,
): Promise<NoticePageResponse> {
  return apiRequest({
    method: 'GET',
    path: pagePath(API_PATHS.notices, { section, cursor }),
    token: workerToken(),
    parse: parseOrNull(noticePageResponseSchema),
  })
}

/** One notice in full (body; history for the community's workers), as the worker's desk edits it. */
export async function fetchWorkerNotice(id: string): Promise<NoticeView> {
  const { notice } = await apiRequest({
    method: 'GET',
    path: API_PATHS.notice(id),
    token: workerToken(),
    parse: parseOrNull(noticeResponseSchema),
  })
  return notice
}

/** `key`: an Idempotency-Key, so that a retry after a lost reply is recognised as the same edit. */
export async function patchNotice(id: string, patch: NoticePatchInput, key?: string): Promise<NoticeView> {
  const { notice } = await apiRequest({
    method: 'PATCH',
    path: API_PATHS.notice(id),
    data: patch,
    token: workerToken(),
    headers: key ? { [IDEMPOTENCY_KEY_HEADER]: key } : undefined,
    parse: parseOrNull(noticeResponseSchema),
  })
  return notice
}

/**
 * The token for report calls: a signed-in worker's, else this device's resident token. A report a worker sends is
 * theirs (they see every report anyway); the idempotency key is per sender, so an outbox entry keeps its key.
 */
async function reportToken(): Promise<string> {
  return workerSession()?.token ?? residentToken()
}

/** The Idempotency-Key of an outbox entry's `index`-th photo: the same on every retry, so it is stored once. */
export const photoKey = (reportKey: string, index: number) => `${reportKey}.photo.${index}`

/**
 * Sends a report as the form keeps it (photos as data URLs): each photo first, one at a time, to POST /api/photos
 * (key `${key}.photo.${i}`), then POST /api/reports with their ids (key `key`). A retry after any lost reply repeats
 * the same keys, so no photo and no report is stored twice.
 */
export async function sendReport(input: ReportCreateInput, key: string): Promise<ReportView> {
  const token = await reportToken()
  const photoIds: string[] = []
  const photos = input.photos ?? []
  for (let i = 0; i < photos.length; i++) {
    const photo = await uploadPhoto({ dataUrl: photos[i], token, key: photoKey(key, i), number: i + 1 })
    photoIds.push(photo.id)
  }
  const body: ReportCreateBodyInput = { category: input.category, description: input.description, place: input.place }
  if (input.subject) body.subject = input.subject
  if (photoIds.length > 0) body.photoIds = photoIds
  const { report } = await apiRequest({
    method: 'POST',
    path: API_PATHS.reports,
    data: body,
    token,
    headers: { [IDEMPOTENCY_KEY_HEADER]: key },
    parse: parseOrNull(reportResponseSchema),
    timeoutMs: 30_000,
  })
  return report
}

/** One page of reports (newest first): a resident's own, or every report of a worker's community. */
export async function fetchReports(cursor: string | null = null): Promise<ReportListResponse> {
  return apiRequest({
    method: 'GET',
    path: pagePath(API_PATHS.reports, { cursor }),
    token: await reportToken(),
    parse: parseOrNull(reportListResponseSchema),
  })
}

/** The report with this number among those the session may see (a worker's community, a resident's own), or null. */
export async function findReportByNumber(number: string): Promise<ReportView | null> {
  const page = await apiRequest({
    method: 'GET',
    path: pagePath(API_PATHS.reports, { number }),
    token: await reportToken(),
    parse: parseOrNull(reportListResponseSchema),
  })
  return page.reports[0] ?? null
}

export async function updateReport(id: string, patch: ReportPatchInput): Promise<ReportView> {
  const { report } = await apiRequest({
    method: 'PATCH',
    path: API_PATHS.report(id),
    data: patch,
    token: workerToken(),
    parse: parseOrNull(reportResponseSchema),
  })
  return report
}

/** The resident's 评价 of their finished report (POST /api/reports/:id/rating); 409 when already rated. */
export async function rateReport(id: string, body: ReportRatingBodyInput): Promise<ReportView> {
  const { report } = await apiRequest({
    method: 'POST',
    path: API_PATHS.reportRating(id),
    data: body,
    token: await residentToken(),
    parse: parseOrNull(reportResponseSchema),
  })
  return report
}

/** Where a photo's `url` (a path on the API, or an absolute signed URL) is fetched from. */
export function photoUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${API_BASE}${path}`
}

// Worker and resident calls beyond the feed: a worker's notices (with drafts and scheduled), pin / withdraw, and the
// resident reports (小事快办): send with an idempotency key, list, and a worker's status update and reply.
import {
  API_PATHS,
  IDEMPOTENCY_KEY_HEADER,
  noticeListResponseSchema,
  noticeResponseSchema,
  reportListResponseSchema,
  reportResponseSchema,
  type NoticeListResponse,
  type NoticeView,
  type ReportView,
} from '../domain/api-contract'
import type { NoticePatchInput } from '../domain/notice'
import type { ReportCreateInput, ReportPatchInput } from '../domain/report'
import { apiRequest } from './api-client'
import { residentToken, workerSession } from './session'

function parser<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }) {
  return (body: unknown): T | null => {
    const result = schema.safeParse(body)
    return result.success ? (result.data as T) : null
  }
}

function workerToken(): string {
  const session = workerSession()
  if (!session) throw new Error('请先登录工作人员账号')
  return session.token
}

export function fetchWorkerNotices(): Promise<NoticeListResponse> {
  return apiRequest({
    method: 'GET',
    path: API_PATHS.notices,
    token: workerToken(),
    parse: parser<NoticeListResponse>(noticeListResponseSchema),
  })
}

/** `key`: an Idempotency-Key, so that a retry after a lost reply is recognised as the same edit. */
export async function patchNotice(id: string, patch: NoticePatchInput, key?: string): Promise<NoticeView> {
  const { notice } = await apiRequest({
    method: 'PATCH',
    path: API_PATHS.notice(id),
    data: patch,
    token: workerToken(),
    headers: key ? { [IDEMPOTENCY_KEY_HEADER]: key } : undefined,
    parse: parser<{ notice: NoticeView }>(noticeResponseSchema),
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

export async function sendReport(input: ReportCreateInput, key: string): Promise<ReportView> {
  const { report } = await apiRequest({
    method: 'POST',
    path: API_PATHS.reports,
    data: input,
    token: await reportToken(),
    headers: { [IDEMPOTENCY_KEY_HEADER]: key },
    parse: parser<{ report: ReportView }>(reportResponseSchema),
    timeoutMs: 60_000,
  })
  return report
}

export async function fetchReports(): Promise<ReportView[]> {
  const { reports } = await apiRequest({
    method: 'GET',
    path: API_PATHS.reports,
    token: await reportToken(),
    parse: parser<{ reports: ReportView[] }>(reportListResponseSchema),
  })
  return reports
}

export async function updateReport(id: string, patch: ReportPatchInput): Promise<ReportView> {
  const { report } = await apiRequest({
    method: 'PATCH',
    path: API_PATHS.report(id),
    data: patch,
    token: workerToken(),
    parse: parser<{ report: ReportView }>(reportResponseSchema),
  })
  return report
}

export function photoUrl(path: string): string {
  return `${API_BASE}${path}`
}

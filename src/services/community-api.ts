// Worker and resident calls beyond the feed: a worker's notices (with drafts and scheduled), pin / withdraw, and the
// resident reports (小事快办): send with an idempotency key, list, and a worker's status update and reply.
import Taro from '@tarojs/taro'
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
import { randomId } from './random-id'

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

/** The token for report calls: a signed-in worker's, else this device's resident token. */
async function reportToken(): Promise<string> {
  return workerSession()?.token ?? residentToken()
}

export async function sendReport(input: ReportCreateInput, key: string): Promise<ReportView> {
  const { report } = await apiRequest({
    method: 'POST',
    path: API_PATHS.reports,
    data: input,
    token: await residentToken(),
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

/** A new idempotency key for one report. */
export function newRequestKey(): string {
  return `r-${randomId(10)}`
}

const MAX_BYTES = 2 * 1024 * 1024

export type PickedPhoto = { ok: true; dataUrl: string } | { ok: false; message: string }

function typeOf(path: string): string {
  return /\.png$/i.test(path) ? 'image/png' : /\.webp$/i.test(path) ? 'image/webp' : 'image/jpeg'
}

async function readAsDataUrl(path: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = await (await fetch(path)).blob()
    return new Promise((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.onerror = () => reject(reader.error)
      reader.readAsDataURL(blob)
    })
  }
  const base64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: reject,
    })
  })
  return `data:${typeOf(path)};base64,${base64}`
}

/** Lets the resident choose up to `count` photos (compressed); each comes back as a data URL or why not. */
export async function choosePhotos(count: number): Promise<PickedPhoto[]> {
  let chosen: Taro.chooseImage.SuccessCallbackResult
  try {
    chosen = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch {
    return []
  }
  return Promise.all(
    chosen.tempFiles.slice(0, count).map(async (file): Promise<PickedPhoto> => {
      if (file.size > MAX_BYTES) {
        return {
          ok: false,
          message: `照片有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 2 MB，请换一张或裁剪后再传`,
        }
      }
      try {
        return { ok: true, dataUrl: await readAsDataUrl(file.path) }
      } catch {
        return { ok: false, message: '读取照片失败，请重试' }
      }
    }),
  )
}

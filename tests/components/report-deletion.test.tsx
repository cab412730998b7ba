// A resident deletes a report of theirs from 我的报告, or all their data (删除我的全部数据, under 我的报告 and on the 隐私政策
// page): the app asks first, saying it cannot be undone and what will go; 取消 deletes nothing; after 确认 the server
// has deleted it and this phone's draft and outbox are gone too, and the app says 已删除. Offline it says deleting
// needs the network and keeps everything. The 隐私政策 shows the server's retention, or no number when offline. A photo
// whose signed URL expired makes the list load again, once.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportsPage from '@/packages/community/reports/index'
import PrivacyPage from '@/packages/community/privacy/index'
import { API_PATHS } from '@/domain/api-contract'
import { EMPTY_REPORT_DRAFT } from '@/domain/report-draft'
import { apiRequest } from '@/services/api-client'
import { fetchReports, sendReport } from '@/services/community/community-api'
import { NEEDS_NETWORK } from '@/services/community/my-data'
import { reportDrafts } from '@/services/community/report-drafts'
import { reportOutbox, SEND_REPORT } from '@/services/community/report-outbox'
import { STORAGE_KEYS } from '@/services/storage'
import { RETENTION_UNKNOWN } from '@/features/community/privacy/policy-text'
import { PHOTO_RETRY_GAP_MS } from '@/features/community/reports/use-photo-refresh'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }

const lamp = { category: '设施报修' as const, description: '5 号楼楼道灯不亮', place: '5 号楼 2 单元' }
const deletes = () => api.calls.filter((c) => c.method === 'DELETE')
const reportLoads = () => api.calls.filter((c) => c.method === 'GET' && c.url.includes(API_PATHS.reports))

beforeEach(() => {
  localStorage.clear()
  reportOutbox.removeAll()
  reportDrafts.clear()
})

async function openReports(): Promise<void> {
  render(<ReportsPage />)
  await screen.findByText('我的报告', {}, WAIT)
}

describe('删除 on one of my reports', () => {
  beforeEach(async () => {
    await sendReport(lamp, 'delete-test-key-0001')
    api.calls.length = 0
  })

  it('asks first, saying it cannot be undone; 取消 deletes nothing', async () => {
    await openReports()
    fireEvent.click(await screen.findByLabelText(`删除这条报告：设施报修 · 5 号楼 2 单元`, {}, WAIT))
    expect(await screen.findByText(/删除后不能恢复/)).toBeTruthy()
    fireEvent.click(screen.getByText('取消'))
    await waitFor(() => expect(screen.queryByText(/删除后不能恢复/)).toBeNull())
    expect(deletes()).toEqual([])
    expect((await fetchReports()).reports).toHaveLength(1)
  })

  it('确认删除 deletes it on the server, says 已删除 and the list no longer has it', async () => {
    await openReports()
    fireEvent.click(await screen.findByLabelText(`删除这条报告：设施报修 · 5 号楼 2 单元`, {}, WAIT))
    fireEvent.click(await screen.findByText('确认删除'))
    expect(await screen.findByText(/^已删除/, {}, WAIT)).toBeTruthy()
    expect(deletes().map((c) => c.url)).toEqual([expect.stringMatching(/\/api\/reports\/[\w-]+$/)])
    await waitFor(() => expect(screen.queryByText('5 号楼楼道灯不亮')).toBeNull())
    expect(await screen.findByText('还没有报告过问题')).toBeTruthy()
    expect((await fetchReports()).reports).toEqual([])
  })

  it('offline, says deleting needs the network and keeps the report', async () => {
    await openReports()
    fireEvent.click(await screen.findByLabelText(`删除这条报告：设施报修 · 5 号楼 2 单元`, {}, WAIT))
    api.offline = true
    fireEvent.click(await screen.findByText('确认删除'))
    expect(await screen.findByText(NEEDS_NETWORK, {}, WAIT)).toBeTruthy()
    expect(screen.getByText('5 号楼楼道灯不亮')).toBeTruthy()
    api.offline = false
    expect((await fetchReports()).reports).toHaveLength(1)
  })
})

describe('删除我的全部数据', () => {
  /** A draft being written and a report waiting in the outbox, both only on this phone. */
  function localCopies(): void {
    act(() => {
      reportDrafts.save({ ...EMPTY_REPORT_DRAFT, description: '还没写完的草稿' })
      reportOutbox.enqueue(SEND_REPORT, { ...lamp, description: '等网络的报告' })
    })
  }
  /** What storage holds under `key` (Taro's H5 storage wraps each value as {data}). */
  const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data ?? null

  it('says what will be deleted; after 确认 the server and this phone have nothing of it', async () => {
    await sendReport(lamp, 'delete-all-key-0001')
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('删除我的全部数据', { selector: '.delete-all *' }, WAIT))
    expect(await screen.findByText(/服务器上你的全部报告（包括正在处理中的）、处理记录和照片/)).toBeTruthy()
    expect(screen.getByText(/草稿和等待发送的报告。删除后不能恢复/)).toBeTruthy()
    localCopies()
    expect(reportOutbox.list()).toHaveLength(1)
    const token = stored(STORAGE_KEYS.residentSession).token
    fireEvent.click(screen.getByText('确认全部删除'))

    expect(await screen.findByText(/^已删除/, {}, WAIT)).toBeTruthy()
    expect(deletes().map((c) => c.url)).toEqual([expect.stringMatching(/\/api\/me$/)])
    expect(reportOutbox.list()).toEqual([])
    expect(stored(STORAGE_KEYS.reportOutbox) ?? []).toEqual([])
    expect(reportDrafts.load()).toBeNull()
    expect(stored(STORAGE_KEYS.residentSession)).toBeNull()
    // The old token is refused; a new identity has no reports.
    const old = apiRequest({ method: 'GET', path: API_PATHS.reports, token, parse: () => true })
    await expect(old).rejects.toMatchObject({ status: 401 })
    expect((await fetchReports()).reports).toEqual([])
  })

  it('取消 deletes nothing, here or on the server', async () => {
    await sendReport(lamp, 'delete-all-key-0002')
    await openReports()
    localCopies()
    fireEvent.click(await screen.findByText('删除我的全部数据', { selector: '.delete-all *' }, WAIT))
    fireEvent.click(await screen.findByText('取消'))
    expect(deletes()).toEqual([])
    expect(reportDrafts.load()?.description).toBe('还没写完的草稿')
    expect(reportOutbox.list()).toHaveLength(1)
    expect((await fetchReports()).reports).toHaveLength(1)
  })

  it('offline, says it needs the network and keeps the draft and the outbox', async () => {
    await openReports()
    localCopies()
    fireEvent.click(await screen.findByText('删除我的全部数据', { selector: '.delete-all *' }, WAIT))
    api.offline = true
    fireEvent.click(await screen.findByText('确认全部删除'))
    expect(await screen.findByText(NEEDS_NETWORK, {}, WAIT)).toBeTruthy()
    expect(reportDrafts.load()?.description).toBe('还没写完的草稿')
    expect(reportOutbox.list()).toHaveLength(1)
    expect(stored(STORAGE_KEYS.residentSession)).not.toBeNull()
  })
})

describe('the 隐私政策 says how long reports are kept', () => {
  it('with the server’s number of days', async () => {
    render(<PrivacyPage />)
    expect(await screen.findByText(/在最后一次更新 365 天后由服务器自动删除/, {}, WAIT)).toBeTruthy()
  })

  it('offline, with no number: 以服务器设定为准', async () => {
    api.offline = true
    render(<PrivacyPage />)
    await waitFor(() => expect(api.calls.some((c) => c.url.endsWith(API_PATHS.privacy))).toBe(true))
    expect(screen.getByText(RETENTION_UNKNOWN)).toBeTruthy()
    expect(screen.queryByText(/\d+ 天后/)).toBeNull()
  })
})

describe('a photo whose signed URL has expired', () => {
  /** A list answer as the server gives it, with a photo URL that expired 10 minutes ago. */
  function listWithExpiredPhoto() {
    const at = new Date().toISOString()
    const exp = Math.floor(Date.now() / 1000) - 600
    return {
      serverTime: at,
      nextCursor: null,
      reports: [
        {
          id: 'report-with-photo-01',
          number: 'YWH-20261201-0001',
          ...lamp,
          status: 'submitted',
          createdAt: at,
          updatedAt: at,
          timeline: [{ status: 'submitted', at, reply: null, by: null }],
          mine: true,
          photos: [
            {
              id: 'photo-0123456789abcdef',
              type: 'image/jpeg',
              bytes: 60,
              url: `/api/photos/photo-0123456789abcdef?exp=${exp}&sig=x`,
            },
          ],
        },
      ],
    }
  }

  it('makes the list load again once, for fresh URLs', async () => {
    api.failNext({ status: 200, body: listWithExpiredPhoto() }, 1, 'GET')
    await openReports()
    const photo = await screen.findByLabelText('设施报修报告的第 1 张照片', {}, WAIT)
    expect(reportLoads()).toHaveLength(1)
    const img = photo.matches('img') ? photo : (photo.querySelector('img') ?? photo)
    fireEvent.error(img)
    await waitFor(() => expect(reportLoads()).toHaveLength(2))
    await waitFor(() => expect(screen.queryByLabelText('设施报修报告的第 1 张照片')).toBeNull())
    expect(await screen.findByText('还没有报告过问题')).toBeTruthy()
  })

  it('does not reload in a loop when a photo fails again at once', async () => {
    api.failNext({ status: 200, body: listWithExpiredPhoto() }, 2, 'GET')
    await openReports()
    const first = await screen.findByLabelText('设施报修报告的第 1 张照片', {}, WAIT)
    fireEvent.error(first.querySelector('img') ?? first)
    await waitFor(() => expect(reportLoads()).toHaveLength(2))
    const again = await screen.findByLabelText('设施报修报告的第 1 张照片', {}, WAIT)
    fireEvent.error(again.querySelector('img') ?? again)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(reportLoads()).toHaveLength(2)
    expect(PHOTO_RETRY_GAP_MS).toBeGreaterThanOrEqual(60_000)
  })

  it('when the page shows again after the URLs expired, loads the list again', async () => {
    api.failNext({ status: 200, body: listWithExpiredPhoto() }, 1, 'GET')
    await openReports()
    await screen.findByLabelText('设施报修报告的第 1 张照片', {}, WAIT)
    expect(reportLoads()).toHaveLength(1)
    showPage()
    await waitFor(() => expect(reportLoads().length).toBeGreaterThanOrEqual(2))
  })
})

// What a resident is told after 提交, honestly: offline the report waits in the outbox and the confirmation says
// 未联网，联网后自动提交 — never 已提交 — and once the outbox has sent it, 已提交 with the report's number and 复制 (to
// quote it on the phone). The number is on the report in 我的报告 too. The timeline reads steps not reached yet as
// what will happen (待处理, 待办结), not 未到. A worker finds a report at the desk by the number a resident quotes.
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportsPage from '@/packages/community/reports/index'
import WorkerPage from '@/packages/community/worker/index'
import type { ReportView } from '@/domain/api-contract'
import { createReport } from '@/domain/report-lifecycle'
import { REPORT_NUMBER_INVALID } from '@/domain/report-number'
import { reportDrafts } from '@/services/community/report-drafts'
import { reportOutbox } from '@/services/community/report-outbox'
import { ReportTimeline } from '@/features/community/reports/ReportTimeline'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }
const NUMBER = /^编号 YWH-\d{8}-\d{4}$/

/** Taro's H5 input draws its real <input>/<textarea> a moment after the page appears. */
const field = (label: string, tag: 'input' | 'textarea') =>
  waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches(tag) ? host : host.querySelector(tag)
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  }, WAIT)

beforeEach(() => {
  localStorage.clear()
  reportOutbox.removeAll()
  reportDrafts.clear()
})
afterEach(() => {
  api.offline = false
  jest.restoreAllMocks()
})

async function fillAndSubmit(description: string) {
  fireEvent.click(screen.getByText('设施报修', { selector: '.choice-chips__chip *' }))
  fireEvent.input(await field('问题描述', 'textarea'), { target: { value: description } })
  fireEvent.input(await field('地点', 'input'), { target: { value: '5 号楼 2 单元' } })
  fireEvent.click(screen.getByText('提交'))
}

describe('the confirmation after 提交', () => {
  it('offline says 未联网，联网后自动提交, not 已提交; once the outbox sends it, 已提交 with the number and 复制', async () => {
    render(<ReportsPage />)
    showPage()
    await screen.findByText('还没有报告过问题', {}, WAIT)
    api.offline = true
    await fillAndSubmit('楼道灯不亮（断网时报告）')

    // The confirmation and the waiting entry both say so; nothing claims it was sent.
    await waitFor(() => expect(screen.getAllByText('未联网，联网后自动提交')).toHaveLength(2), WAIT)
    expect(screen.queryByText(/^已提交/)).toBeNull()
    expect(screen.queryByText(NUMBER)).toBeNull()

    api.offline = false
    await act(() => reportOutbox.flush(true)) // what the network coming back does
    expect(await screen.findByText(/^已提交/, {}, WAIT)).toBeTruthy()
    expect(screen.queryByText('未联网，联网后自动提交')).toBeNull()
    // The number under 提交 and on the report in 我的报告 are the server's one number.
    await waitFor(() => expect(screen.getAllByText(NUMBER)).toHaveLength(2), WAIT)
    const [confirmed, listed] = screen.getAllByText(NUMBER).map((n) => n.textContent)
    expect(confirmed).toBe(listed)

    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    const number = confirmed!.replace('编号 ', '')
    fireEvent.click(screen.getAllByLabelText(`复制编号 ${number}`)[0])
    expect(copy).toHaveBeenCalledWith({ data: number })
  })

  it('online says 已提交 with the number at once', async () => {
    render(<ReportsPage />)
    showPage()
    await screen.findByText('还没有报告过问题', {}, WAIT)
    await fillAndSubmit('井盖松动')
    expect(await screen.findByText(/^已提交/, {}, WAIT)).toBeTruthy()
    await waitFor(() => expect(screen.getAllByText(NUMBER).length).toBeGreaterThanOrEqual(1), WAIT)
    expect(screen.queryByText('未联网，联网后自动提交')).toBeNull()
  })
})

describe('the timeline', () => {
  it('reads steps not reached yet as what will happen: 待处理, 待办结 — never 未到', () => {
    const at = '2026-12-01T02:00:00.000Z'
    const later = '2026-12-01T03:00:00.000Z'
    const report: ReportView = {
      id: 'r-1',
      number: 'YWH-20261201-0001',
      category: '设施报修',
      description: '路灯不亮',
      place: '湖边步道',
      status: 'accepted',
      createdAt: at,
      updatedAt: later,
      mine: true,
      unread: false,
      photos: [],
      timeline: [
        { status: 'submitted', at, reply: null, by: null },
        { status: 'accepted', at: later, reply: null, by: { id: 'c', name: '月湾湖社区' } },
      ],
    }
    render(<ReportTimeline report={report} />)
    const steps = screen.getAllByRole('listitem').map((s) => s.textContent)
    expect(steps).toEqual(['已提交2026-12-01 10:00', '已受理（当前）2026-12-01 11:00 · 月湾湖社区', '待处理', '待办结'])
    expect(screen.queryByText(/未到/)).toBeNull()
  })
})

describe('按编号查找 at the desk', () => {
  beforeEach(async () => {
    await api.signInWorker()
    const input = { category: '设施报修', description: '3 号楼电梯按钮失灵', place: '3 号楼' } as const
    const record = createReport(input, {
      id: 'r-quoted',
      number: 'YWH-20261130-0007',
      ownerId: 'resident-1',
      photos: [],
      now: new Date('2026-11-30T02:00:00.000Z'),
    })
    await api.addReports(record)
  })

  const search = async (text: string) => {
    fireEvent.input(await field('按编号查找', 'input'), { target: { value: text } })
    fireEvent.click(screen.getByText('查找'))
  }

  it('finds the report a resident quotes (typed loosely), says so when there is none, and what a number looks like', async () => {
    render(<WorkerPage />)
    showPage()
    await screen.findByText('写通知', {}, WAIT)
    await search('abc')
    expect(await screen.findByText(REPORT_NUMBER_INVALID)).toBeTruthy()
    expect(api.calls.filter((c) => c.url.includes('number='))).toEqual([])

    await search('YWH-20261130-0008')
    expect(await screen.findByText('本社区没有编号为 YWH-20261130-0008 的报告', {}, WAIT)).toBeTruthy()

    await search(' ywh-20261130-0007 ')
    expect(await screen.findByText('3 号楼电梯按钮失灵', {}, WAIT)).toBeTruthy()
    expect(screen.getByText('编号 YWH-20261130-0007')).toBeTruthy()
    expect(screen.queryByText(REPORT_NUMBER_INVALID)).toBeNull()
  })
})

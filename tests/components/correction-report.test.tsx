// A resident reads 网上办理 on the 政务服务办事 guide, finds it out of date and taps 信息有误: the 小事快办 form opens as
// a 信息纠错 report "关于：政务服务办事 · 网上办理", the place already the guide's name; what they send names the field,
// and the report the real server stores (tests/support/fake-api.ts) has it: the workers' queue says what it is about.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportsPage from '@/packages/community/reports/index'
import { REPORTS_PAGE } from '@/domain/routes'
import { correctionUrl } from '@/domain/verified-routes'
import { fetchReports } from '@/services/community/community-api'
import { correctionDrafts, reportDrafts } from '@/services/community/report-drafts'
import { reportOutbox } from '@/services/community/report-outbox'
import { fakeApiForFile } from '../support/fake-api'
import { routeTo } from '../support/route'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }
const subject = { kind: 'guide', id: 'gov-online-services', field: 'online' } as const

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
  correctionDrafts.clear()
})

async function openCorrection() {
  const url = correctionUrl(subject, '政务服务办事')
  routeTo(`/${REPORTS_PAGE}`, Object.fromEntries(new URLSearchParams(url.split('?')[1])))
  render(<ReportsPage />)
  showPage()
  await screen.findByText('关于：政务服务办事 · 网上办理', {}, WAIT)
}
afterEach(() => jest.restoreAllMocks())

it('opens the form about that field, prefilled, and sends the subject with the report', async () => {
  await openCorrection()
  const chosen = screen.getByText('信息纠错', { selector: '.choice-chips__chip *' }).closest('.choice-chips__chip')
  expect(chosen?.getAttribute('aria-pressed')).toBe('true')
  expect((await field('地点', 'input')).value).toBe('政务服务办事')

  fireEvent.input(await field('问题描述', 'textarea'), { target: { value: '网上办理的入口已改到“i漯河”App' } })
  fireEvent.click(screen.getByText('提交'))
  await waitFor(
    () => expect(api.calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/reports'))).toBe(true),
    WAIT,
  )
  const sent = api.calls.find((c) => c.method === 'POST' && c.url.endsWith('/api/reports'))!
  expect(sent.data).toMatchObject({ category: '信息纠错', place: '政务服务办事', subject })
  await screen.findByText(/^已提交：/, {}, WAIT)

  // 李红 reads the workers' queue: the report is there, about that field.
  cleanup()
  await api.signInWorker()
  const { reports } = await fetchReports()
  expect(reports).toHaveLength(1)
  expect(reports[0]).toMatchObject({
    category: '信息纠错',
    description: '网上办理的入口已改到“i漯河”App',
    place: '政务服务办事',
    subject,
  })
})

it('keeps the correction as a draft of its own, never replacing a half-written 小事快办 report', async () => {
  const lamp = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '5 号楼', photos: [] }
  reportDrafts.save(lamp)
  await openCorrection()
  fireEvent.input(await field('问题描述', 'textarea'), { target: { value: '入口改了' } })
  await screen.findByText('草稿已自动保存', {}, WAIT)
  expect(correctionDrafts.load()).toMatchObject({ category: '信息纠错', description: '入口改了', subject })
  expect(reportDrafts.load()).toEqual(lamp)
})

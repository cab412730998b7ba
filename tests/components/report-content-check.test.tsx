// WeChat's content check as residents and workers meet it. A resident whose report the server refuses (422: the text
// may contain something improper) sees why beside the report, and 放回表单修改 puts every word she typed back in the
// form. A worker sees 审核中 in place of a photo WeChat has not yet passed and 图片未通过安全检测 for one it refused,
// never an image for either.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportsPage from '@/packages/community/reports/index'
import type { ReportView } from '@/domain/api-contract'
import { ReportItem } from '@/features/community/reports/ReportItem'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()
const REFUSED = '内容可能含有不当信息，未能发送。请修改后再试'
const RENDER_WAIT = { timeout: 8000 }

/** Taro's H5 input draws its real <input>/<textarea> a moment after the page appears. */
const field = (label: string, tag: 'input' | 'textarea') =>
  waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches(tag) ? host : host.querySelector(tag)
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  }, RENDER_WAIT)

beforeEach(() => {
  localStorage.clear()
})

it('a refused report says why and goes back to the form with everything that was typed', async () => {
  render(<ReportsPage />)
  showPage()
  await screen.findByText('还没有报告过问题', {}, RENDER_WAIT)
  api.failNext({ status: 422, body: { error: REFUSED, code: 'content-refused' } }, 1, 'POST')
  fireEvent.click(screen.getByText('设施报修', { selector: '.choice-chips__chip *' }))
  fireEvent.input(await field('问题描述', 'textarea'), { target: { value: '楼道里贴满了小广告' } })
  fireEvent.input(await field('地点', 'input'), { target: { value: '7 号楼 1 单元' } })
  fireEvent.click(screen.getByText('提交'))

  expect(await screen.findByText(`失败（${REFUSED}）`, {}, RENDER_WAIT)).toBeTruthy()
  // Still listed with its words, not silently gone.
  expect(screen.getByText('楼道里贴满了小广告')).toBeTruthy()
  fireEvent.click(screen.getByText('放回表单修改'))
  await waitFor(async () => expect((await field('问题描述', 'textarea')).value).toBe('楼道里贴满了小广告'))
  expect((await field('地点', 'input')).value).toBe('7 号楼 1 单元')
  expect(screen.queryByText(`失败（${REFUSED}）`)).toBeNull()
})

it('a worker sees 审核中 and 图片未通过安全检测 instead of photos that have not passed, the passed one as an image', () => {
  const at = '2026-05-01T01:00:00.000Z'
  const photo = (id: string, check: 'pending' | 'passed' | 'refused', url: string | null) => ({
    id: id.padEnd(22, '0'),
    type: 'image/jpeg' as const,
    bytes: 1000,
    check,
    url,
  })
  const report: ReportView = {
    id: 'r-photos',
    number: 'YWH-20261201-0001',
    category: '设施报修',
    description: '路灯不亮',
    place: '湖边步道',
    status: 'submitted',
    createdAt: at,
    updatedAt: at,
    mine: false,
    unread: false,
    timeline: [{ status: 'submitted', at, reply: null, by: null }],
    photos: [
      photo('pending', 'pending', null),
      photo('refused', 'refused', null),
      photo('passed', 'passed', '/api/photos/passed?exp=1&sig=x'),
    ],
  }
  const view = render(<ReportItem report={report} worker onChanged={() => undefined} />)
  expect(screen.getByText('审核中')).toBeTruthy()
  expect(screen.getByText('图片未通过安全检测')).toBeTruthy()
  const images = view.container.querySelectorAll('img, taro-image-core')
  expect(images).toHaveLength(1)
  expect(screen.getByLabelText('设施报修报告的第 1 张照片：审核中')).toBeTruthy()
  expect(screen.getByLabelText('设施报修报告的第 2 张照片：图片未通过安全检测')).toBeTruthy()
})

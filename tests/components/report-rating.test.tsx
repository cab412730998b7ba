// A resident rates a finished report on 我的报告: picks 满意 / 基本满意 / 不满意, may write a few words, is asked once more
// (it can be done only once), and then sees what they rated; a failed send says why in Chinese and keeps the choice
// and the words. A report not yet 已办结 offers no 评价. The server is the real API (tests/support/fake-api.ts).
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportsPage from '@/packages/community/reports/index'
import { fetchReports, sendReport, updateReport } from '@/services/community/community-api'
import { signOutWorker } from '@/services/community/session'
import { reportDrafts } from '@/services/community/report-drafts'
import { reportOutbox } from '@/services/community/report-outbox'
import { fakeApiForFile } from '../support/fake-api'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }
const lamp = { category: '设施报修' as const, description: '5 号楼楼道灯不亮', place: '5 号楼 2 单元' }
const ratings = () => api.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/rating'))

beforeEach(() => {
  localStorage.clear()
  reportOutbox.removeAll()
  reportDrafts.clear()
})

/** The resident's report, resolved by 李红 with a reply. */
async function resolvedReport(): Promise<string> {
  const sent = await sendReport(lamp, `rating-test-${Math.random().toString(36).slice(2, 12)}`)
  await api.signInWorker()
  await updateReport(sent.id, { status: 'resolved', reply: '灯已更换' })
  signOutWorker()
  api.calls.length = 0
  return sent.id
}

const wordsField = () =>
  waitFor(() => {
    // The inner <textarea> of Taro's web component, once it has rendered (typing into the host would be lost).
    const inner = screen.getByLabelText('评价的话').querySelector('textarea')
    if (!inner) throw new Error('the words field has not rendered yet')
    return inner
  }, WAIT)

async function openReports(): Promise<void> {
  render(<ReportsPage />)
  await screen.findByText('已办结，请评价这次办理（只能评价一次）', {}, WAIT)
}

describe('评价 on a finished report', () => {
  it('chooses, confirms, and then shows what was rated; the words go with it', async () => {
    await resolvedReport()
    await openReports()
    fireEvent.click(screen.getByText('提交评价'))
    expect(await screen.findByText('请先选择：满意、基本满意或不满意')).toBeTruthy()
    fireEvent.click(screen.getByText('基本满意'))
    expect(screen.getByRole('radio', { name: '基本满意' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.input(await wordsField(), { target: { value: '修得挺快' } })
    fireEvent.click(screen.getByText('提交评价'))
    expect(await screen.findByText('评价「基本满意」提交后不能修改。确定提交吗？')).toBeTruthy()
    expect(ratings()).toEqual([])
    fireEvent.click(screen.getAllByText('提交评价').at(-1)!)
    expect(await screen.findByText('我的评价：基本满意 · 「修得挺快」', {}, WAIT)).toBeTruthy()
    expect(ratings().map((c) => c.data)).toEqual([{ rating: 'basically-satisfied', words: '修得挺快' }])
    expect(screen.queryByText('已办结，请评价这次办理（只能评价一次）')).toBeNull()
    expect((await fetchReports()).reports[0].rating).toMatchObject({ value: 'basically-satisfied' })
  })

  it('不满意 says it goes back to the community, and the timeline shows 待回访 with the words', async () => {
    await resolvedReport()
    await openReports()
    fireEvent.click(screen.getByText('不满意'))
    fireEvent.input(await wordsField(), { target: { value: '灯还是不亮' } })
    fireEvent.click(screen.getByText('提交评价'))
    expect(await screen.findByText(/这条反映将转回社区「待回访」/)).toBeTruthy()
    fireEvent.click(screen.getAllByText('提交评价').at(-1)!)
    expect(await screen.findByText('我的评价：不满意 · 「灯还是不亮」', {}, WAIT)).toBeTruthy()
    expect(screen.getByText('待回访（当前）')).toBeTruthy()
    expect(screen.getByText(/^居民评价：不满意 · 「灯还是不亮」/)).toBeTruthy()
  })

  it('a failed send says why and keeps the choice and the words', async () => {
    await resolvedReport()
    await openReports()
    fireEvent.click(screen.getByText('满意'))
    fireEvent.input(await wordsField(), { target: { value: '谢谢社区' } })
    fireEvent.click(screen.getByText('提交评价'))
    api.failNext('offline')
    fireEvent.click((await screen.findAllByText('提交评价')).at(-1)!)
    expect(await screen.findByText(/^评价没有提交：.*你的选择和填写的话都还在/, {}, WAIT)).toBeTruthy()
    expect((await wordsField()).value).toBe('谢谢社区')
    expect(screen.getByRole('radio', { name: '满意' }).getAttribute('aria-checked')).toBe('true')
    expect((await fetchReports()).reports[0].rating ?? null).toBeNull()
  })

  it('is not offered before 已办结', async () => {
    await sendReport(lamp, 'rating-test-not-yet-0001')
    render(<ReportsPage />)
    expect(await screen.findByText('5 号楼楼道灯不亮', {}, WAIT)).toBeTruthy()
    expect(screen.queryByText('提交评价')).toBeNull()
  })
})

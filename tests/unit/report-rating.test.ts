// The 评价 and the workers' queue as rules: one rating per 办结, 不满意 → 待回访 and from there on, and each report's group.
import {
  createReport,
  applyReportRating,
  applyReportUpdate,
  canRateReport,
  nextReportStatuses,
} from '@/domain/report-lifecycle'
import type { ReportRecord } from '@/domain/report'
import { queueCountsLine, queueGroupOf } from '@/domain/report-queue'

const now = new Date('2026-12-01T02:00:00Z')
const worker = { id: 'w1', name: '王' }
const fresh = () =>
  createReport(
    { category: '其他', description: '路灯', place: '3 号楼' },
    { id: 'r1', number: 'YWH-20261201-0001', ownerId: 'o', photos: [], now },
  )
const ok = (r: ReturnType<typeof applyReportUpdate>): ReportRecord => {
  if (!r.ok) throw new Error(r.error)
  return r.report
}

describe('a 评价', () => {
  it('opens on 已办结, once per 办结; 不满意 goes to 待回访, which moves to 处理中 or 已办结', () => {
    const report = fresh()
    expect(canRateReport(report)).toBe(false)
    const resolved = ok(applyReportUpdate(report, { status: 'resolved' }, worker, now))
    const replied = ok(applyReportUpdate(resolved, { reply: '已修好' }, worker, now))
    expect(canRateReport(replied)).toBe(true)
    const unhappy = ok(applyReportRating(replied, { rating: 'unsatisfied', words: '还是不亮' }, now))
    expect(unhappy.status).toBe('revisit')
    expect(canRateReport(unhappy)).toBe(false)
    expect(nextReportStatuses('revisit')).toEqual(['in-progress', 'resolved'])
    expect(nextReportStatuses('resolved')).toEqual([])
    const again = ok(applyReportUpdate(unhappy, { status: 'resolved' }, worker, now))
    expect(canRateReport(again)).toBe(true)
    const happy = ok(applyReportRating(again, { rating: 'satisfied' }, now))
    expect(happy.status).toBe('resolved')
    expect(applyReportRating(happy, { rating: 'satisfied' }, now)).toMatchObject({ ok: false, status: 409 })
  })
})

describe('the workers’ queue', () => {
  it('groups by status and by whether anyone replied yet', () => {
    const report = fresh()
    expect(queueGroupOf(report)).toBe('new')
    const accepted = ok(applyReportUpdate(report, { status: 'accepted' }, worker, now))
    expect(queueGroupOf(accepted)).toBe('unanswered')
    expect(queueGroupOf(ok(applyReportUpdate(accepted, { reply: '明天去' }, worker, now)))).toBe('other')
    expect(queueGroupOf({ ...accepted, status: 'revisit' })).toBe('revisit')
    expect(queueCountsLine({ revisit: 1, new: 3, unanswered: 0 })).toBe('待回访 1 条 · 新报告 3 条')
    expect(queueCountsLine({ revisit: 0, new: 0, unanswered: 0 })).toBe('暂无待办报告')
  })
})

// Sample data for the dev API (`npm run dev:seed`): a few notices and one report, each marked 示例 in its title or
// text so nobody mistakes them for real community information. Dev only.
import { createNotice } from '../src/domain/notice/lifecycle'
import { noticeCreateSchema } from '../src/domain/notice/schema'
import { createReport } from '../src/domain/report-lifecycle'
import type { ServerContext } from '../server/context'
import { insertNotice } from '../server/store/notices'
import { insertReport, nextReportNumber } from '../server/store/reports'

const SAMPLE_AUTHOR = { id: 'dev-sample', name: '示例数据' }

const NOTICES = [
  {
    category: '通知',
    title: '【示例】这是一条示例通知',
    body: '示例：开发时用来查看列表与详情的样式，不是真实通知。',
    pinned: true,
  },
  {
    category: '活动',
    title: '【示例】示例活动通知',
    body: '示例：活动类通知的样子。时间、地点均为虚构，仅供开发查看。',
  },
  { category: '便民', title: '【示例】示例便民信息', body: '示例：便民类通知。\n第二段文字，查看换行显示。' },
] as const

/** Adds the samples to the context's community; returns how many items were added. */
export async function seedSamples(ctx: ServerContext): Promise<number> {
  const community = ctx.config.community.id
  const now = ctx.now()
  for (const sample of NOTICES) {
    const created = createNotice(noticeCreateSchema.parse(sample), ctx.newId(), { by: SAMPLE_AUTHOR, now })
    if (created.ok) await insertNotice(ctx.db, community, created.notice)
  }
  await ctx.db.transaction(async (tx) => {
    const number = await nextReportNumber(tx, community, now.toISOString())
    const report = createReport(
      { category: '设施报修', description: '【示例】示例反映：楼道灯不亮（虚构，仅供开发查看）', place: '示例地点' },
      { id: ctx.newId(), number, ownerId: 'dev-sample-resident', photos: [], now },
    )
    await insertReport(tx, community, report)
  })
  return NOTICES.length + 1
}

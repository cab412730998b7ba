// Sending 订阅消息 (subscribeMessage.send) after the change that caused them has committed: the deliveries recorded in
// a report's PATCH or found for a new notice are claimed, sent through the WeChat client and settled — sent, refused
// (43101: no subscription left, and other errcodes that will not change) or failed (unreachable, 5xx, busy -1: tried
// again by the sweep). Nothing here throws to a request: errors are logged and recorded.
import type { ServerContext } from '../context'
import { noticeMessageData, reportMessageData, type ReportChange } from '../../src/domain/subscription-data'
import { NOTICE_PAGE, REPORTS_PAGE } from '../../src/domain/routes'
import type { ReportRecord } from '../../src/domain/report'
import type { Queryable } from '../db/database'
import {
  abandonStaleDeliveries,
  claimDeliveries,
  dueNoticeSubscriptions,
  recordNoticeDeliveries,
  recordReportDeliveries,
  settleDelivery,
  type ClaimedDelivery,
  type DeliveryOutcome,
} from '../store/subscriptions'
import { WechatError } from './errors'

export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send'

type Ctx = Pick<ServerContext, 'db' | 'config' | 'wechat' | 'now' | 'newId' | 'logger'>

/** The page a report's message opens (WeChat's page: no leading slash, query allowed). */
export const reportMessagePage = (id: string) => `${REPORTS_PAGE}?id=${encodeURIComponent(id)}`
export const noticeMessagePage = (id: string) => `${NOTICE_PAGE}?id=${encodeURIComponent(id)}`

/** Inside the PATCH's transaction: one pending delivery per resident subscribed to this report's progress. */
export async function recordReportChange(ctx: Ctx, tx: Queryable, report: ReportRecord): Promise<string[]> {
  const template = ctx.config.wechat?.templates?.report
  if (!ctx.wechat || !template) return []
  const last = report.timeline[report.timeline.length - 1]
  const change: ReportChange = { number: report.number, status: report.status, reply: last.reply, at: last.at }
  return recordReportDeliveries(
    tx,
    report.id,
    {
      changeKey: `report:${report.id}:${report.timeline.length}`,
      templateId: template.id,
      page: reportMessagePage(report.id),
      data: reportMessageData(template.keys, change),
    },
    { newId: ctx.newId, now: ctx.now() },
  )
}

/** What a WeChat error means for a delivery: busy or out of reach → try again; any errcode else → refused for good. */
function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof WechatError) {
    const detail = `${error.failure}${error.errcode === null ? '' : ` ${error.errcode} ${error.errmsg ?? ''}`}`.trim()
    if (error.failure === 'unreachable' || error.failure === 'busy') {
      return { kind: 'failed', errcode: error.errcode, error: detail }
    }
    return { kind: 'refused', errcode: error.errcode, error: detail }
  }
  return { kind: 'failed', errcode: null, error: error instanceof Error ? error.message : String(error) }
}

async function sendOne(ctx: Ctx, claimed: ClaimedDelivery): Promise<DeliveryOutcome['kind']> {
  let outcome: DeliveryOutcome = { kind: 'sent' }
  try {
    await ctx.wechat!.postWithToken(SUBSCRIBE_SEND_API, {
      touser: claimed.openid,
      template_id: claimed.templateId,
      page: claimed.page,
      data: claimed.data,
      lang: 'zh_CN',
    })
  } catch (error) {
    outcome = outcomeOf(error)
  }
  await settleDelivery(ctx.db, claimed, outcome, ctx.now())
  if (outcome.kind !== 'sent') {
    ctx.logger.warn(
      { delivery: claimed.id, attempt: claimed.attempts, outcome: outcome.kind, errcode: outcome.errcode },
      'subscription message not sent',
    )
  }
  return outcome.kind
}

/** Claims and sends due deliveries (only `ids` when given); counts by outcome. */
export async function sendDue(ctx: Ctx, ids?: string[]): Promise<Record<DeliveryOutcome['kind'], number>> {
  const counts = { sent: 0, refused: 0, failed: 0 }
  if (!ctx.wechat) return counts
  const claimed = await claimDeliveries(ctx.db, ctx.now(), { ids })
  for (const one of claimed) counts[await sendOne(ctx, one)]++
  return counts
}

/** New notices since each open notice subscription: one delivery per resident, recorded then sent. */
export async function announceNotices(ctx: Ctx): Promise<number> {
  const template = ctx.config.wechat?.templates?.notice
  if (!ctx.wechat || !template) return 0
  const now = ctx.now()
  const due = await dueNoticeSubscriptions(ctx.db, template.id, now)
  if (due.length === 0) return 0
  const ids = await recordNoticeDeliveries(
    ctx.db,
    due,
    (d) => ({
      changeKey: `notice:${d.noticeId}`,
      templateId: template.id,
      page: noticeMessagePage(d.noticeId),
      data: noticeMessageData(template.keys, {
        title: d.title,
        publisher: d.communityName,
        at: d.publishedAt.toISOString(),
      }),
    }),
    { newId: ctx.newId, now },
  )
  await sendDue(ctx, ids)
  return ids.length
}

/** The periodic sweep: new notices announced, failed sends due again retried, abandoned ones given up. */
export async function sweepMessages(ctx: Ctx): Promise<{ announced: number; retried: number }> {
  if (!ctx.wechat) return { announced: 0, retried: 0 }
  const announced = await announceNotices(ctx)
  await abandonStaleDeliveries(ctx.db, ctx.now())
  const counts = await sendDue(ctx)
  return { announced, retried: counts.sent + counts.refused + counts.failed }
}

const inFlight = new Set<Promise<unknown>>()

/** Runs `work` after the response, never failing it: errors are logged. `messagesSettled` waits for all of them. */
export function afterCommit(ctx: Ctx, what: string, work: () => Promise<unknown>): void {
  const running = work()
    .catch((error: unknown) => ctx.logger.warn({ err: error }, `${what} failed; the sweep tries again`))
    .finally(() => inFlight.delete(running))
  inFlight.add(running)
}

/** Resolves when every message sending started by afterCommit has finished (tests, a graceful stop). */
export async function messagesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight])
}

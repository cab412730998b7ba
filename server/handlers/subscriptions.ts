// 订阅消息 routes: GET /api/message-templates (public: the template ids the app may ask requestSubscribeMessage for,
// null when not configured), POST /api/reports/:id/subscriptions (the reporter, signed in with WeChat: the report
// template accepted → one more progress message) and POST /api/notice-subscriptions (a resident signed in with WeChat:
// the notice template accepted → the next new 社区通知).
import type { Request, Response } from 'express'
import { subscriptionBodySchema } from '../../src/domain/subscription-api'
import type { MessageTemplatesResponse, SubscriptionResponse } from '../../src/domain/subscription-messages'
import type { ServerContext } from '../context'
import { requireSessionOf } from '../http/auth'
import { sendError } from '../http/errors'
import { parseBody } from '../http/request'
import { openidOf } from '../store/content-checks'
import { loadReport } from '../store/reports'
import { addSubscription, type SubscriptionTarget } from '../store/subscriptions'
import { REPORT_NOT_FOUND } from './reports'

export const SUBSCRIPTIONS_OFF = '服务器没有配置这种订阅消息'
export const NEEDS_WECHAT = '订阅消息只能在微信小程序里开启：进度会显示在「我的报告」里'
export const TEMPLATE_NOT_ACCEPTED = '没有同意这条订阅消息'
export const REPORT_FINISHED = '这条反映已办结，不会再有新的进度'

export async function getMessageTemplates(ctx: ServerContext, _req: Request, res: Response): Promise<void> {
  const templates = ctx.wechat ? ctx.config.wechat?.templates : undefined
  res.set('Cache-Control', 'public, max-age=300')
  res.json({
    report: templates?.report?.id ?? null,
    notice: templates?.notice?.id ?? null,
  } satisfies MessageTemplatesResponse)
}

/** Reads the body and the sender's openid; null after answering (off, not WeChat, not the configured template). */
async function accepted(
  ctx: ServerContext,
  req: Request,
  res: Response,
  templateId: string | undefined,
): Promise<{ openid: string } | null> {
  const body = parseBody(req, res, subscriptionBodySchema)
  if (!body) return null
  if (!ctx.wechat || !templateId) {
    sendError(res, 404, { error: SUBSCRIPTIONS_OFF })
    return null
  }
  if (!body.templateIds.includes(templateId)) {
    sendError(res, 400, { error: TEMPLATE_NOT_ACCEPTED, fields: { templateIds: TEMPLATE_NOT_ACCEPTED } })
    return null
  }
  const session = requireSessionOf(res)
  const openid = session.role === 'resident' ? await openidOf(ctx.db, session.tokenHash) : null
  if (!openid) {
    sendError(res, 409, { error: NEEDS_WECHAT })
    return null
  }
  return { openid }
}

async function subscribe(
  ctx: ServerContext,
  res: Response,
  openid: string,
  target: SubscriptionTarget,
  templateId: string,
): Promise<void> {
  const session = requireSessionOf(res)
  const open = await addSubscription(
    ctx.db,
    { community: session.community, subject: session.subject, openid },
    target,
    templateId,
    { id: ctx.newId(), now: ctx.now() },
  )
  res.status(201).json({ open } satisfies SubscriptionResponse)
}

export async function postReportSubscription(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const templateId = ctx.config.wechat?.templates?.report?.id
  const ok = await accepted(ctx, req, res, templateId)
  if (!ok) return
  const session = requireSessionOf(res)
  const report = await loadReport(ctx.db, session.community, req.params.id)
  if (!report || report.ownerId !== session.subject) return sendError(res, 404, { error: REPORT_NOT_FOUND })
  if (report.status === 'resolved') return sendError(res, 409, { error: REPORT_FINISHED })
  await subscribe(ctx, res, ok.openid, { scope: 'report', reportId: report.id }, templateId!)
}

export async function postNoticeSubscription(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const templateId = ctx.config.wechat?.templates?.notice?.id
  const ok = await accepted(ctx, req, res, templateId)
  if (!ok) return
  await subscribe(ctx, res, ok.openid, { scope: 'notice' }, templateId!)
}

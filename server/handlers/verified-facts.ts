// GET /api/verified-facts?community= (anyone; micro-cached like the notice feed): the current verified value of each
// subject of a community, with who, when and how; POST /api/verified-facts (workers, their own community): one
// verification — value checked against its field's kind, the subject must exist, a re-check date ahead, the text through
// WeChat's msg_sec_check, a photo of the notice the same worker uploaded — optionally answering a 信息纠错 report, which
// is resolved with the new value in the same transaction; GET /api/verified-facts/history (workers): every
// verification of one subject, newest first.
import type { Request, Response } from 'express'
import { communityIdSchema } from '../../src/domain/api-contract'
import { chinaDay } from '../../src/domain/china-time'
import { factValueText } from '../../src/domain/fact-value-text'
import { recheckProblem } from '../../src/domain/recheck-date'
import { CORRECTION_CATEGORY } from '../../src/domain/report'
import { parseOrNull, validate, type ApiError } from '../../src/domain/validation'
import {
  FACT_SUBJECT_KIND_LABELS,
  FACT_VALUE_SCHEMAS,
  factSubjectSchema,
  fieldDefinition,
  verifyBodySchema,
  type FactSubject,
  type FactSubjectKind,
  type VerifiedFact,
  type VerifiedFactList,
} from '../../src/domain/verified-facts'
import guides from '../../src/content/guides.json'
import parks from '../../src/content/parks.json'
import type { ServerContext } from '../context'
import { requireSessionOf } from '../http/auth'
import { textAllowed } from '../http/content-checks'
import { sendError } from '../http/errors'
import { photoUrls } from '../http/photo-urls'
import type { CachedAnswer } from '../http/public-cache'
import { findCommunity } from '../store/communities'
import { findPhoto } from '../store/photos'
import { loadReport } from '../store/reports'
import { currentFacts, factHistory, insertFact, type StoredFact } from '../store/verified-facts'
import { SCENE } from '../wechat/content-check'
import { sendReportMessages, updateReport } from './reports'

const UNKNOWN_COMMUNITY = '没有这个社区'
const OWN_COMMUNITY_ONLY = '只能核实本社区的信息'
const PHOTO_INVALID = '照片无效：请重新拍下公示后再提交'
const NOT_A_CORRECTION = `这不是本社区的一条「${CORRECTION_CATEGORY}」反映`
const parseCommunityId = parseOrNull(communityIdSchema)

/** The ids each kind's subjects may have: the bundled guides and parks, and the worker's own community. */
const GUIDE_IDS = new Set((guides as { id: string }[]).map((g) => g.id))
const PARK_IDS = new Set((parks as { id: string }[]).map((p) => p.id))

function subjectExists(subject: FactSubject, community: string): boolean {
  if (subject.kind === 'guide') return GUIDE_IDS.has(subject.id)
  if (subject.kind === 'park') return PARK_IDS.has(subject.id)
  return subject.id === community
}

/** How verifications are shown at this moment: by this community, photo URLs signed now, 待复核 as of today. */
function viewer(ctx: ServerContext, community: { id: string; name: string }) {
  const now = ctx.now()
  const today = chinaDay(now.toISOString())
  const signer = photoUrls(ctx.config)
  return (fact: StoredFact): VerifiedFact => ({
    id: fact.id,
    subject: fact.subject,
    value: fact.value,
    method: fact.method,
    evidence: {
      noticeTitle: fact.noticeTitle,
      // A photo of a public notice: its signed URL goes to anyone (getPhoto checks the signature, not the viewer).
      photoUrl: fact.photoId && fact.photoCheck === 'passed' ? signer.url(fact.photoId, fact.community, now) : null,
    },
    verifiedBy: { worker: fact.worker, community },
    verifiedAt: fact.verifiedAt,
    recheckBy: fact.recheckBy,
    stale: today > fact.recheckBy,
  })
}

export async function listVerifiedFacts(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const asked = req.query.community ?? ctx.config.community.id
  const communityId = parseCommunityId(asked)
  if (!communityId) return sendError(res, 400, { error: UNKNOWN_COMMUNITY, fields: { community: UNKNOWN_COMMUNITY } })
  const answer = await ctx.publicCache.get(`verified-facts|${communityId}`, () => readFacts(ctx, communityId))
  res.status(answer.status).type('json').send(answer.body)
}

async function readFacts(ctx: ServerContext, communityId: string): Promise<CachedAnswer> {
  const community = await findCommunity(ctx.db, communityId)
  if (!community) {
    return { status: 404, body: JSON.stringify({ error: UNKNOWN_COMMUNITY, fields: { community: UNKNOWN_COMMUNITY } }) }
  }
  const facts = (await currentFacts(ctx.db, community.id)).map(viewer(ctx, community))
  const body: VerifiedFactList = { facts, asOf: ctx.now().toISOString() }
  return { status: 200, body: JSON.stringify(body) }
}

export async function factHistoryOf(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const { kind, id, field } = req.query
  const subject = validate(factSubjectSchema, { kind, id, field })
  if (!subject.ok) return sendError(res, 400, subject.error)
  const community = await findCommunity(ctx.db, session.community)
  if (!community) return sendError(res, 404, { error: UNKNOWN_COMMUNITY })
  const history = (await factHistory(ctx.db, community.id, subject.data)).map(viewer(ctx, community))
  res.json({ history })
}

/** Thrown inside the transaction to roll it back and answer with this refusal. */
class Refusal {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {}
}

const refuse = (status: number, field: string, message: string) =>
  new Refusal(status, { error: message, fields: { [field]: message } })

export async function postVerifiedFact(ctx: ServerContext, req: Request, res: Response): Promise<void> {
  const session = requireSessionOf(res)
  const parsed = validate(verifyBodySchema, req.body)
  if (!parsed.ok) return sendError(res, 422, parsed.error)
  const body = parsed.data
  const { subject } = body
  const definition = fieldDefinition(subject.kind, subject.field)!
  // The value as its kind keeps it (a phone without spaces, text tidied); verifyBodySchema has checked that it fits.
  const value = body.value === null ? null : FACT_VALUE_SCHEMAS[definition.value].parse(body.value)
  const now = ctx.now()
  try {
    if (subject.kind === 'community' && subject.id !== session.community) {
      throw new Refusal(403, { error: OWN_COMMUNITY_ONLY })
    }
    if (!subjectExists(subject, session.community)) {
      throw refuse(422, 'subject.id', `没有这个${FACT_SUBJECT_KIND_LABELS[subject.kind as FactSubjectKind]}`)
    }
    const problem = recheckProblem(body.recheckBy, now)
    if (problem) throw refuse(422, 'recheckBy', problem)
    const { photoId, noticeTitle } = body.evidence
    const photo = photoId ? await findPhoto(ctx.db, photoId) : null
    if (photoId) {
      const own =
        photo &&
        photo.ownerId === session.subject &&
        photo.community === session.community &&
        photo.reportId === null &&
        photo.check !== 'refused'
      if (!own) throw refuse(422, 'evidence.photoId', PHOTO_INVALID)
    }
    const text = [value === null ? '' : factValueText(definition.value, value), noticeTitle ?? ''].join('\n').trim()
    if (!(await textAllowed(ctx, res, session, { scene: SCENE.notice, content: text }))) return
    const worker = { id: session.subject, name: session.name ?? '社区工作人员' }
    const fact: StoredFact = {
      id: ctx.newId(),
      community: session.community,
      subject,
      value,
      method: body.method,
      noticeTitle,
      photoId,
      photoCheck: photo?.check ?? null,
      worker,
      verifiedAt: now.toISOString(),
      recheckBy: body.recheckBy,
    }
    const deliveries = await ctx.db.transaction(async (tx) => {
      await insertFact(tx, fact)
      if (body.reportId === undefined) return []
      const report = await loadReport(tx, session.community, body.reportId, { lock: true })
      if (!report || report.category !== CORRECTION_CATEGORY) throw refuse(422, 'reportId', NOT_A_CORRECTION)
      const reply = `已核实并更新：${definition.label}：${factValueText(definition.value, value)}`
      const outcome = await updateReport(ctx, tx, report, { status: 'resolved', reply }, worker, now)
      if (!outcome.ok) throw new Refusal(outcome.status, { error: outcome.error, fields: outcome.fields })
      return outcome.deliveries
    })
    ctx.publicCache.clear()
    sendReportMessages(ctx, deliveries)
    const community = (await findCommunity(ctx.db, session.community)) ?? {
      id: session.community,
      name: session.community,
    }
    res.status(201).json({ fact: viewer(ctx, community)(fact) } satisfies { fact: VerifiedFact })
  } catch (error) {
    if (error instanceof Refusal) return sendError(res, error.status, error.body)
    throw error
  }
}

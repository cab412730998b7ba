// Verified facts from the API (GET /api/verified-facts?community=), the last answer kept on the device with its asOf:
// offline or on any failure the kept copy stands in (更新于 …), else none — the bundled JSON stays the base either way.
// A light parse, no zod: the 公园 and 月湾湖 tabs (weapp main package) read the kept copy and refresh it.
import { API_PATHS } from '@/domain/api-paths'
import type { VerifiedFact } from '@/domain/verified-facts'
import { FACT_SUBJECT_KINDS, VERIFY_METHODS, fieldDefinition, type FactSubjectKind } from '@/domain/verified-fields'
import { formatChinaShort } from '@/domain/china-time'
import { apiRequest, messageOf } from '@/services/api-client'
import { STORAGE_KEYS, storage } from '@/services/storage'

/** The community this app serves, as the server knows it (server/config.ts DEFAULT_COMMUNITY, community.json). */
export const APP_COMMUNITY_ID = 'yuewanhu'

const KEY = STORAGE_KEYS.verifiedFacts

export interface VerifiedFacts {
  facts: VerifiedFact[]
  /** The server's time of the answer these came from; null when there is none (never fetched, no copy). */
  asOf: string | null
  /** Set when the fetch failed: why (the facts are then the kept copy, or none). */
  offline: string | null
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0
const isTime = (v: unknown): v is string => str(v) && !Number.isNaN(Date.parse(v))
const obj = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null

/** One fact of the wire shape (verifiedFactSchema), or null; the value's kind is checked where it is shown. */
function parseFact(value: unknown): VerifiedFact | null {
  const f = obj(value)
  const subject = obj(f?.subject)
  const evidence = obj(f?.evidence)
  const by = obj(f?.verifiedBy)
  const worker = obj(by?.worker)
  const community = obj(by?.community)
  if (!f || !subject || !evidence || !worker || !community) return null
  const kind = subject.kind as FactSubjectKind
  if (!FACT_SUBJECT_KINDS.includes(kind) || !str(subject.id) || !str(subject.field)) return null
  if (!fieldDefinition(kind, subject.field)) return null
  if (!str(f.id) || !VERIFY_METHODS.includes(f.method as VerifiedFact['method'])) return null
  if (!str(worker.id) || !str(worker.name) || !str(community.id) || !str(community.name)) return null
  if (!isTime(f.verifiedAt) || typeof f.recheckBy !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(f.recheckBy)) return null
  const nullableText = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    id: f.id,
    subject: { kind, id: subject.id, field: subject.field },
    value: f.value ?? null,
    method: f.method as VerifiedFact['method'],
    evidence: { noticeTitle: nullableText(evidence.noticeTitle), photoUrl: nullableText(evidence.photoUrl) },
    verifiedBy: {
      worker: { id: worker.id, name: worker.name },
      community: { id: community.id, name: community.name },
    },
    verifiedAt: f.verifiedAt,
    recheckBy: f.recheckBy,
    stale: f.stale === true,
  }
}

/** The list (verifiedFactListSchema) as the API or the kept copy holds it; facts that do not parse are left out. */
export function parseFactList(value: unknown): { facts: VerifiedFact[]; asOf: string } | null {
  const list = obj(value)
  if (!list || !Array.isArray(list.facts) || !isTime(list.asOf)) return null
  return { facts: list.facts.flatMap((f) => parseFact(f) ?? []), asOf: list.asOf }
}

/** What this device kept from the last answer, or null. */
export const keptVerifiedFacts = (): { facts: VerifiedFact[]; asOf: string } | null => storage.read(KEY, parseFactList)

let inFlight: Promise<VerifiedFacts> | null = null

/** The community's verified facts: fresh from the API (and kept), or the kept copy with why, or none. Never throws. */
export function loadVerifiedFacts(): Promise<VerifiedFacts> {
  inFlight ??= fetchFacts().finally(() => {
    inFlight = null
  })
  return inFlight
}

async function fetchFacts(): Promise<VerifiedFacts> {
  try {
    const list = await apiRequest({
      method: 'GET',
      path: `${API_PATHS.verifiedFacts}?community=${encodeURIComponent(APP_COMMUNITY_ID)}`,
      parse: parseFactList,
      keptCopy: true,
    })
    storage.write(KEY, list)
    return { ...list, offline: null }
  } catch (error) {
    const kept = keptVerifiedFacts()
    return { facts: kept?.facts ?? [], asOf: kept?.asOf ?? null, offline: messageOf(error) }
  }
}

/** The line over verified values that are the kept copy (the fetch failed), e.g. 已核实信息：离线查看 · 更新于 12月2日 14:05. */
export function keptCopyNote(verified: VerifiedFacts): string | null {
  if (!verified.offline || !verified.asOf || verified.facts.length === 0) return null
  return `已核实信息：离线查看 · 更新于 ${formatChinaShort(verified.asOf)}`
}

// Verified facts as the API hands them out (verifiedFactSchema), for tests: 李红 of 月湾湖社区 verified a field.
import type { VerifiedFact } from '@/domain/verified-facts'

let next = 1

export function verifiedFact(
  subject: VerifiedFact['subject'],
  value: unknown,
  more: Partial<Omit<VerifiedFact, 'subject' | 'value'>> = {},
): VerifiedFact {
  return {
    id: `fact-${next++}`,
    subject,
    value,
    method: 'on-site',
    evidence: { noticeTitle: null, photoUrl: null },
    verifiedBy: { worker: { id: 'worker-lihong', name: '李红' }, community: { id: 'yuewanhu', name: '月湾湖社区' } },
    verifiedAt: '2026-12-01T02:00:00.000Z',
    recheckBy: '2027-05-30',
    stale: false,
    ...more,
  }
}

/** The list GET /api/verified-facts answers with. */
export const factList = (facts: VerifiedFact[], asOf = '2026-12-02T06:05:00.000Z') => ({ facts, asOf })

// The verified facts a tab shows at once, without a wait: the copy kept on this device, then what a background refresh
// brings (offline or on a failure the kept copy stays). The 公园 tab and the 居委会 contacts use it.
import { useEffect, useState } from 'react'
import type { VerifiedFact } from '@/domain/verified-facts'
import { keptVerifiedFacts, loadVerifiedFacts } from '@/services/verified-facts'

export function useVerifiedFacts(): VerifiedFact[] {
  const [facts, setFacts] = useState(() => keptVerifiedFacts()?.facts ?? [])
  useEffect(() => {
    let live = true
    loadVerifiedFacts().then((v) => live && !v.offline && setFacts(v.facts))
    return () => {
      live = false
    }
  }, [])
  return facts
}

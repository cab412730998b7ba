// The 居委会's own contacts once a worker verified them (address with 导航, 办公时间, phone with 拨打), each 已核实 with
// how; nothing until one is verified. Reads the kept copy at once and refreshes it in the background, so it costs the
// tab no wait. On the 月湾湖 page's top; the 民生 page's local-contacts slot takes it as it is.
import { useEffect, useState } from 'react'
import { CellGroup, Cell } from '@nutui/nutui-react-taro'
import { indexFacts, mergeCommunity } from '@/domain/verified-merge'
import { VerifiedField } from '@/components/verified-field/VerifiedField'
import { APP_COMMUNITY_ID, keptVerifiedFacts, loadVerifiedFacts } from '@/services/verified-facts'
import './community-contacts.scss'

interface CommunityContactsProps {
  /** The community's name (月湾湖社区): 导航's label and a correction's place. */
  name?: string
  communityId?: string
}

export function CommunityContacts({ name = '月湾湖社区', communityId = APP_COMMUNITY_ID }: CommunityContactsProps) {
  const [facts, setFacts] = useState(() => keptVerifiedFacts()?.facts ?? [])
  useEffect(() => {
    let live = true
    loadVerifiedFacts().then((v) => live && !v.offline && setFacts(v.facts))
    return () => {
      live = false
    }
  }, [])
  const verified = mergeCommunity(communityId, indexFacts(facts, new Date())).filter(
    (f) => f.provenance.state === 'verified' && f.value,
  )
  if (verified.length === 0) return null
  return (
    <CellGroup title='居委会联系方式' className='community-contacts'>
      {verified.map((field) => (
        <Cell key={field.subject.field} title={field.label} extra={<VerifiedField field={field} name={name} />} />
      ))}
    </CellGroup>
  )
}

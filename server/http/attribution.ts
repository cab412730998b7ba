// Who did what, as each viewer may see it: workers see the worker who changed a notice or answered a report; residents
// and the public see the community's name instead of a person's (on notices and on their reports' updates).
import type { ReportView } from '../../src/domain/api-contract'
import type { NoticeView } from '../../src/domain/notice/api'
import type { Person } from '../../src/domain/validation'
import type { ServerContext } from '../context'
import { findCommunity } from '../store/communities'

/** The community as the author residents see: its id and name (the id itself when the row is missing). */
export async function communityAuthor(ctx: ServerContext, communityId: string): Promise<Person> {
  const community = await findCommunity(ctx.db, communityId)
  return { id: communityId, name: community?.name ?? communityId }
}

export const noticeForResidents = (view: NoticeView, community: Person): NoticeView => ({ ...view, author: community })

export const reportForResidents = (view: ReportView, community: Person): ReportView => ({
  ...view,
  timeline: view.timeline.map((t) => (t.by ? { ...t, by: community } : t)),
})

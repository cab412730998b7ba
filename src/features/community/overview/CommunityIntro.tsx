// The few lines that say what 月湾湖社区 is, first on the 月湾湖 tab: read from the bundled content at once (no loading
// state), so they are on the first screen before anything else has come.
import { Text } from '@tarojs/components'
import { bundledCommunities } from '@/services/content/community'
import { APP_COMMUNITY_ID } from '@/services/verified-facts'
import './community-intro.scss'

export function CommunityIntro({ communityId = APP_COMMUNITY_ID }: { communityId?: string }) {
  const community = bundledCommunities().find((c) => c.id === communityId)
  return community ? <Text className='community-intro'>{community.summary}</Text> : null
}

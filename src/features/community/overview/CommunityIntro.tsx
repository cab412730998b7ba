// The few lines that say what the community is, first on the 月湾湖 tab (the groups below carry no summary again): read
// from the bundled content at once (no loading state), so they are on the first screen before anything else has come.
import { Text } from '@tarojs/components'
import { bundledCommunities } from '@/services/content/community'
import './community-intro.scss'

export function CommunityIntro() {
  return (
    <>
      {bundledCommunities().map((c) => (
        <Text key={c.id} className='community-intro'>
          {c.summary}
        </Text>
      ))}
    </>
  )
}

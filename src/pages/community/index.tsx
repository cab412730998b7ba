// The 月湾湖 tab page: what the community is, the ways into 小事快办, 我的消息 (with unread badges) and the workers'
// desk, then 社区通知, then the community facts and links, loaded at once but shown only when the notices have come (or
// failed), so nothing on the screen moves when they do.
import { useState } from 'react'
import { useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { PullRefresh } from '@/components/pull-refresh/PullRefresh'
import { CommunityOverview } from '@/features/community/overview/CommunityOverview'
import { CommunityIntro } from '@/features/community/overview/CommunityIntro'
import { NoticeList } from '@/features/community/notices/NoticeList'
import { MessagesEntry } from '@/features/community/messages/MessagesEntry'
import { openWorkerDesk } from '@/features/community/navigation'
import { ElderTabBody } from '@/features/elder-home/ElderTabBody'
import { tabByKey } from '@/app/tabs'
import { tabShareCard } from '@/domain/share-cards'

const HIDDEN = { display: 'none' }

export default function CommunityOverviewPage() {
  useShareAppMessage(() => tabShareCard(tabByKey('community')))
  const [noticesSettled, setNoticesSettled] = useState(false)
  return (
    <PageShell search title={tabByKey('community').title} subtitle='社区介绍与通知'>
      <ElderTabBody tab='community'>
        <CommunityIntro />
        <View className='community-actions'>
          <MessagesEntry />
          <Button fill='outline' block onClick={openWorkerDesk}>
            社区工作人员入口
          </Button>
        </View>
        <PullRefresh>
          <NoticeList onSettled={() => setNoticesSettled(true)} />
        </PullRefresh>
        <View style={noticesSettled ? undefined : HIDDEN}>
          <CommunityOverview />
        </View>
      </ElderTabBody>
    </PageShell>
  )
}

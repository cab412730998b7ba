// The 月湾湖 tab page: 社区通知 first, the ways into 小事快办, 我的消息 (with unread badges) and the workers' desk,
// then the community facts and links.
import { useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { PullRefresh } from '@/components/pull-refresh/PullRefresh'
import { CommunityOverview } from '@/features/community/overview/CommunityOverview'
import { NoticeList } from '@/features/community/notices/NoticeList'
import { MessagesEntry } from '@/features/community/messages/MessagesEntry'
import { openWorkerDesk } from '@/features/community/navigation'
import { tabByKey } from '@/app/tabs'
import { tabShareCard } from '@/domain/share-cards'

export default function CommunityOverviewPage() {
  useShareAppMessage(() => tabShareCard(tabByKey('community')))
  return (
    <PageShell search title={tabByKey('community').title} subtitle='社区介绍与通知'>
      <PullRefresh>
        <NoticeList />
      </PullRefresh>
      <View className='community-actions'>
        <MessagesEntry />
        <Button fill='outline' block onClick={openWorkerDesk}>
          社区工作人员入口
        </Button>
      </View>
      <CommunityOverview />
    </PageShell>
  )
}

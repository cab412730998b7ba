// The 月湾湖 tab's ways into 小事快办 and 我的消息, each with the unread badge; the tab bar's badge follows the count.
import { Button } from '@nutui/nutui-react-taro'
import { openMessages, openReports } from '@/features/community/navigation'
import { UnreadBadge } from './UnreadBadge'
import { useUnreadBadge } from './use-unread-badge'

export function MessagesEntry() {
  const unread = useUnreadBadge({ onTabBar: true })
  const news = unread > 0 ? `，${unread} 条新进展` : ''
  return (
    <>
      <UnreadBadge count={unread}>
        <Button type='primary' block onClick={openReports} aria-label={`小事快办：报告问题${news}`}>
          小事快办：报告问题
        </Button>
      </UnreadBadge>
      <UnreadBadge count={unread}>
        <Button fill='outline' block onClick={openMessages} aria-label={`我的消息${news}`}>
          {unread > 0 ? `我的消息（${unread} 条新进展）` : '我的消息'}
        </Button>
      </UnreadBadge>
    </>
  )
}

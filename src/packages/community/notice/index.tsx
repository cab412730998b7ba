// A community notice (not a tab): opened from the 月湾湖 tab or a shared link or Moments (?id=…).
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { NoticeDetail } from '@/features/community/notices/NoticeDetail'
import { NoticeSubscribe } from '@/features/community/notices/NoticeSubscribe'
import { noticeUrl } from '@/domain/routes'
import { timelineCard } from '@/domain/share-cards'

const SHARE_TITLE = '月湾湖社区通知'

export default function NoticePage() {
  const id = useRouter().params.id ?? ''
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: noticeUrl(id) }))
  useShareTimeline(() => timelineCard(SHARE_TITLE, id))
  return (
    <PageShell title='社区通知' subtitle='月湾湖社区' backTo='/pages/community/index'>
      <NoticeDetail id={id} />
      <NoticeSubscribe />
    </PageShell>
  )
}

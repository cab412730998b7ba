// A community notice (not a tab): opened from the 月湾湖 tab or a shared link (?id=…).
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { NoticeDetail } from '@/features/community/notices/NoticeDetail'
import { NoticeSubscribe } from '@/features/community/notices/NoticeSubscribe'
import { noticeUrl } from '@/domain/routes'

export default function NoticePage() {
  const id = useRouter().params.id ?? ''
  useShareAppMessage(() => ({ title: '月湾湖社区通知', path: noticeUrl(id) }))
  return (
    <PageShell title='社区通知' subtitle='月湾湖社区' backTo='/pages/community/index'>
      <NoticeDetail id={id} />
      <NoticeSubscribe />
    </PageShell>
  )
}

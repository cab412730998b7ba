// News article page (not a tab): opened from the list, the dashboard, the timeline or a shared link (?id=…).
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { ArticleScreen } from '@/features/news/components/ArticleScreen'
import { articleUrl } from '@/domain/routes'
import { timelineCard } from '@/domain/share-cards'

const SHARE_TITLE = '西城要闻 · 西城区工作回顾'

export default function ArticlePage() {
  const id = useRouter().params.id ?? ''
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: articleUrl(id) }))
  useShareTimeline(() => timelineCard(SHARE_TITLE, id))
  return (
    <PageShell title='西城要闻' subtitle='西城区工作回顾 · 文章' backTo='/pages/news/index'>
      <ArticleScreen id={id} />
    </PageShell>
  )
}

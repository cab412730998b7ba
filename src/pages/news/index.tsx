// The 要闻 tab page.
import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { NewsHome } from '@/features/news/components/NewsHome'
import { ElderTabBody } from '@/features/elder-home/ElderTabBody'
import { tabByKey } from '@/app/tabs'
import { tabShareCard } from '@/domain/share-cards'

export default function NewsPage() {
  useShareAppMessage(() => tabShareCard(tabByKey('news')))
  return (
    <PageShell search title={tabByKey('news').title} subtitle='2021 与 2023 年工作回顾'>
      <ElderTabBody tab='news'>
        <NewsHome />
      </ElderTabBody>
    </PageShell>
  )
}

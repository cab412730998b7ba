// The 要闻 tab page.
import { PageShell } from '../../components/page-shell/PageShell'
import { NewsList } from '../../features/news/components/NewsList'
import { tabByKey } from '../../app/tabs'

export default function NewsListPage() {
  return (
    <PageShell title={tabByKey('news').title} subtitle='2021 与 2023 年工作回顾'>
      <NewsList />
    </PageShell>
  )
}

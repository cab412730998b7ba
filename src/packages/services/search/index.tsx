// Services search page (not a tab): its pinyin dictionary lives in this subpackage, not in the main package.
import { PageShell } from '../../../components/page-shell/PageShell'
import { SearchScreen } from '../../../features/services/components/SearchScreen'

export default function SearchPage() {
  return (
    <PageShell title='搜索办事' subtitle='汉字、拼音、首字母都可以' backTo='/pages/services/index'>
      <SearchScreen />
    </PageShell>
  )
}

// The one search page (not a tab), alone in its subpackage with the pinyin dictionary; ?scope=services (from the 民生
// tab) starts with guides and hotlines only.
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { SearchScreen } from '@/features/search/components/SearchScreen'
import { parseScope } from '@/domain/global-search'

export default function SearchPage() {
  const scope = parseScope(useRouter().params.scope)
  return (
    <PageShell
      title={scope === 'services' ? '搜索办事' : '搜索'}
      subtitle='汉字、拼音、首字母都可以'
      backTo={scope === 'services' ? '/pages/services/index' : '/pages/news/index'}
    >
      <SearchScreen scope={scope} />
    </PageShell>
  )
}

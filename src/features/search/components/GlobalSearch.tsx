// The search page's body: one box over news, guides, hotlines, parks and notices (汉字, pinyin, initials, everyday
// words), grouped results with the match picked out, the 长辈版 offer for 长辈版 / 关怀版 / 大字, recent searches and
// examples when nothing is typed, and ways on when nothing is found (小事快办, 12345, a wider search).
import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, SearchBar } from '@nutui/nutui-react-taro'
import type { SearchIndex } from '@/domain/search'
import {
  asksForElderMode,
  searchGrouped,
  shorterQuery,
  type ResultKind,
  type SearchScope,
} from '@/domain/global-search'
import { useRecentSearches } from '@/features/search/hooks/use-recent-searches'
import { ElderModeOffer } from './ElderModeOffer'
import { NoResultsHelp, type WiderSearch } from './NoResultsHelp'
import { QueryChips } from './QueryChips'
import { SearchResults } from './SearchResults'
import { AUTOFOCUS_PROPS } from './search-autofocus'
import './global-search.scss'

interface GlobalSearchProps {
  index: SearchIndex<ResultKind>
  /** False when no community notices have been cached on this device yet. */
  noticesCached: boolean
  initialScope: SearchScope
}

/** What to try, per scope: a park in pinyin, an everyday word, a hotline number, the 长辈版 switch. */
const EXAMPLES: Record<SearchScope, string[]> = {
  all: ['shidi', '供暖', 'jiuye', '12345', '长辈版'],
  services: ['供暖', 'jiuye', 'gr', '12345'],
}

const PLACEHOLDER: Record<SearchScope, string> = {
  all: '搜要闻、办事、公园、通知',
  services: '搜办事：供热、jiuye、gr…',
}

export function GlobalSearch({ index, noticesCached, initialScope }: GlobalSearchProps) {
  const [query, setQuery] = useState('')
  const [scope, setScope] = useState(initialScope)
  const recents = useRecentSearches()
  const typed = query.trim() !== ''
  const groups = useMemo(() => searchGrouped(index, query, scope), [index, query, scope])
  const total = groups.reduce((n, g) => n + g.hits.length, 0)
  const widerTotal = useMemo(
    () =>
      scope === 'all' || total > 0 ? 0 : searchGrouped(index, query, 'all').reduce((n, g) => n + g.hits.length, 0),
    [index, query, scope, total],
  )
  const shorter = useMemo(
    () => (typed && total === 0 ? shorterQuery(index, query, scope) : null),
    [index, query, scope, typed, total],
  )
  const pick = (q: string) => {
    setQuery(q)
    recents.add(q)
  }
  const remember = () => recents.add(query)
  const wider = (): WiderSearch[] => [
    ...(shorter ? [{ text: `只搜“${shorter}”`, onClick: () => pick(shorter) }] : []),
    ...(widerTotal > 0 ? [{ text: `在全部内容中搜索（${widerTotal} 条）`, onClick: () => setScope('all') }] : []),
  ]

  return (
    <View className='global-search'>
      <SearchBar
        className='global-search__bar'
        value={query}
        placeholder={PLACEHOLDER[scope]}
        {...AUTOFOCUS_PROPS}
        clearable
        onChange={(value) => setQuery(value)}
        onClear={() => setQuery('')}
        onSearch={remember}
      />
      {scope === 'services' && (
        <View className='global-search__scope'>
          <Text className='global-search__scope-text'>只搜办事指南和热线</Text>
          <Button className='global-search__scope-all' fill='none' onClick={() => setScope('all')}>
            搜全部内容
          </Button>
        </View>
      )}
      <Text className='global-search__count' aria-live='polite'>
        {typed ? `找到 ${total} 条` : '可输入汉字、拼音或首字母'}
      </Text>
      {asksForElderMode(query) && <ElderModeOffer />}
      {!typed && recents.list.length > 0 && (
        <QueryChips title='最近搜索' queries={recents.list} onPick={pick} onClear={recents.clear} />
      )}
      {!typed && <QueryChips title='试试这样搜' queries={EXAMPLES[scope]} onPick={pick} />}
      <SearchResults groups={groups} onUse={remember} />
      {typed && total === 0 && <NoResultsHelp wider={wider()} />}
      {typed && scope === 'all' && !noticesCached && (
        <View className='global-search__note' role='note'>
          <Text className='global-search__note-title'>社区通知</Text>
          <Text className='global-search__note-text'>本机还没有保存社区通知。联网打开“月湾湖”页后，通知也能搜到。</Text>
        </View>
      )}
    </View>
  )
}

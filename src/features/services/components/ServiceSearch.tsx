// Services search: type 汉字, pinyin or initials (供热 / gongre / gr, 找工作 → 就业); results grouped into guides and
// hotlines with the match highlighted; nothing found points to 12345.
import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { SearchBar, CellGroup, Cell, Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { buildSearchIndex, search, type SearchHit } from '../../../domain/search'
import type { GuideCard, Hotline, ServiceCategory } from '../../../domain/content-schema'
import { HighlightedText } from '../../../components/highlighted-text/HighlightedText'
import { StateMessage } from '../../../components/state-message/StateMessage'
import { serviceSearchDocs, type ServiceSearchKind } from '../search-docs'
import { openGuide } from '../navigation'
import './service-search.scss'

interface ServiceSearchProps {
  guides: GuideCard[]
  categories: ServiceCategory[]
  hotlines: Hotline[]
}

const GROUP_TITLES: Record<ServiceSearchKind, string> = { guide: '办事指南', hotline: '便民热线' }

export function ServiceSearch({ guides, categories, hotlines }: ServiceSearchProps) {
  const [query, setQuery] = useState('')
  const index = useMemo(
    () => buildSearchIndex(serviceSearchDocs(guides, categories, hotlines)),
    [guides, categories, hotlines],
  )
  const hits = useMemo(() => search(index, query), [index, query])
  const groups = (Object.keys(GROUP_TITLES) as ServiceSearchKind[])
    .map((kind) => ({ kind, hits: hits.filter((h) => h.doc.kind === kind) }))
    .filter((g) => g.hits.length > 0)

  const renderHit = (hit: SearchHit<ServiceSearchKind>) => (
    <Cell
      key={`${hit.doc.kind}-${hit.doc.id}`}
      title={<HighlightedText text={hit.doc.title} highlight={hit.highlight} />}
      description={hit.doc.kind === 'hotline' ? hit.doc.id : (hit.doc.keywords ?? [])[0]}
      extra={
        hit.doc.kind === 'hotline' ? (
          <Button
            type='primary'
            aria-label={`拨打 ${hit.doc.id}`}
            onClick={() => Taro.makePhoneCall({ phoneNumber: hit.doc.id }).catch(() => undefined)}
          >
            拨打
          </Button>
        ) : (
          <Text className='service-search__more'>查看 ›</Text>
        )
      }
      // Only guide rows open a page. (An explicit onClick={undefined} would replace Cell's default handler, and tapping a
      // hotline row, or the 拨打 inside it, would throw.)
      {...(hit.doc.kind === 'guide' ? { clickable: true, onClick: () => openGuide(hit.doc.id) } : {})}
    />
  )

  return (
    <View className='service-search'>
      <SearchBar
        className='service-search__bar'
        value={query}
        placeholder='搜办事：供热、jiuye、gr…'
        // H5: SearchBar's autoFocus calls the input's focus() before Taro's input has rendered (an uncaught error when
        // the page is opened with navigateTo), so the input focuses itself; weapp: SearchBar passes it on as `focus`.
        {...(process.env.TARO_ENV === 'h5' ? { inputProps: { autoFocus: true } } : { autoFocus: true })}
        clearable
        onChange={(value) => setQuery(value)}
        onClear={() => setQuery('')}
      />
      <Text className='service-search__count' aria-live='polite'>
        {query.trim() ? `找到 ${hits.length} 条` : '可输入汉字、拼音或首字母'}
      </Text>
      {query.trim() && hits.length === 0 && (
        <StateMessage
          kind='empty'
          title='没有找到相关内容'
          description='换个说法试试，或拨打 12345 政务服务便民热线咨询'
        />
      )}
      {groups.map((g) => (
        <CellGroup key={g.kind} title={GROUP_TITLES[g.kind]}>
          {g.hits.map(renderHit)}
        </CellGroup>
      ))}
    </View>
  )
}

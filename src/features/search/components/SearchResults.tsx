// Results grouped by type (常用功能 / 要闻 / 办事指南 / 便民热线 / 公园 / 社区通知), each group with its count; a row opens
// its page, a feature (小事快办, 我的收藏 …) its page or tab; a hotline row has 拨打 instead.
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { ResultGroup, ResultKind } from '@/domain/global-search'
import type { SearchHit } from '@/domain/search'
import { HighlightedText } from '@/components/highlighted-text/HighlightedText'
import { headingProps } from '@/components/a11y/aria-props'
import { callHotline, openResult } from '@/features/search/navigation'

interface SearchResultsProps {
  groups: ResultGroup[]
  /** Called before a result is opened or called, so the query joins the recent searches. */
  onUse: () => void
}

export function SearchResults({ groups, onUse }: SearchResultsProps) {
  const renderHit = (hit: SearchHit<ResultKind>) => {
    const { kind, id, title, detail } = hit.doc
    const key = `${kind}-${id}`
    const common = {
      title: <HighlightedText text={title} highlight={hit.highlight} />,
      description: detail,
    }
    if (kind === 'hotline') {
      // No onClick on the row: an explicit onClick={undefined} would replace Cell's default handler and throw on a tap.
      return (
        <Cell
          key={key}
          {...common}
          extra={
            <Button
              type='primary'
              aria-label={`拨打 ${id}`}
              onClick={() => {
                onUse()
                callHotline(id)
              }}
            >
              拨打
            </Button>
          }
        />
      )
    }
    return (
      <Cell
        key={key}
        {...common}
        clickable
        extra={<Text className='global-search__more'>查看 ›</Text>}
        onClick={() => {
          onUse()
          openResult(kind, id)
        }}
      />
    )
  }

  return (
    <>
      {groups.map((g) => (
        <CellGroup
          key={g.kind}
          className={`global-search__group global-search__group--${g.kind}`}
          title={
            <View className='global-search__group-head'>
              <Text className='global-search__group-title' {...headingProps(2)}>
                {g.title}
              </Text>
              <Text className='global-search__group-count'>{g.hits.length} 条</Text>
            </View>
          }
        >
          {g.hits.map(renderHit)}
        </CellGroup>
      ))}
    </>
  )
}

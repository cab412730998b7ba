// The end of a paged list: a loading row while the next page comes, 加载更多 (a real button, so keyboard and screen
// readers reach it; also the retry after a failure, with why), or 已经到底了 once everything is loaded.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PagedList } from './use-paged-list'
import './list-end.scss'

interface ListEndProps {
  /** What the list holds, for the loading row: 通知, 报告. */
  what: string
  loading: boolean
  hasMore: boolean
  /** Why the last page failed, or ''. */
  error?: string
  onMore: () => void
}

export function ListEnd({ what, loading, hasMore, error = '', onMore }: ListEndProps) {
  if (loading) {
    return (
      <View className='list-end' {...{ role: 'status' }} aria-busy='true'>
        <Text>{`正在加载更多${what}…`}</Text>
      </View>
    )
  }
  if (!hasMore) {
    return (
      <View className='list-end'>
        <Text>已经到底了</Text>
      </View>
    )
  }
  return (
    <View className='list-end'>
      {error ? <Text className='list-end__error' {...{ role: 'alert' }}>{`加载更多失败：${error}`}</Text> : null}
      <Button fill='outline' block className='list-end__more' onClick={onMore}>
        {error ? '重试加载更多' : '加载更多'}
      </Button>
    </View>
  )
}

/** The end of a list from usePagedList: nothing while the list is empty (its empty state speaks), else ListEnd. */
export function PagedListEnd({ what, list }: { what: string; list: Omit<PagedList<unknown>, 'replace'> }) {
  if (!list.items || list.items.length === 0) return null
  return (
    <ListEnd
      what={what}
      loading={list.loading === 'more'}
      hasMore={list.hasMore}
      error={list.failed === 'more' ? list.error : ''}
      onMore={list.loadMore}
    />
  )
}

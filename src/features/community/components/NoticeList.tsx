// 社区通知 on the 月湾湖 tab: pinned first then newest, category chips, unread marks, 往期 collapsed, empty and error
// states; offline it shows the last list fetched, saying so. Titles are plain text, never HTML.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '../../../components/choice-chips/ChoiceChips'
import { StateMessage } from '../../../components/state-message/StateMessage'
import { headingProps, linkProps } from '../../../components/a11y/aria-props'
import {
  ALL_CATEGORIES,
  feedCategories,
  filterFeed,
  formatChinaTime,
  type FeedNotice,
} from '../../../domain/notice-feed'
import { PAST_NOTICES_LABEL_TEXT } from './notice-labels'
import { loadNoticeFeed, readNoticeIds, type LoadedFeed } from '../../../services/notice-feed'
import { openNotice } from '../navigation'
import './notice-list.scss'

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; loaded: LoadedFeed }

function NoticeRow({ notice, unread }: { notice: FeedNotice; unread: boolean }) {
  const label = `${notice.pinned ? '置顶，' : ''}${unread ? '未读，' : ''}${notice.editedAt ? '已修改，' : ''}${notice.title}`
  return (
    <View className='notice-row' {...linkProps(label)} onClick={() => openNotice(notice.id)}>
      <View className='notice-row__tags'>
        {notice.pinned ? <Text className='notice-row__tag notice-row__tag--pinned'>置顶</Text> : null}
        <Text className='notice-row__tag'>{notice.category}</Text>
        {unread ? <Text className='notice-row__unread'>未读</Text> : null}
      </View>
      <Text className='notice-row__title'>{notice.title}</Text>
      {notice.publishAt ? (
        <Text className='notice-row__time'>
          {formatChinaTime(notice.publishAt)}
          {notice.editedAt ? ` · 已修改 ${formatChinaTime(notice.editedAt)}` : ''}
        </Text>
      ) : null}
    </View>
  )
}

export function NoticeList({ load = loadNoticeFeed }: { load?: () => Promise<LoadedFeed> }) {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [category, setCategory] = useState(ALL_CATEGORIES)
  const [showPast, setShowPast] = useState(false)
  const [readIds, setReadIds] = useState<string[]>([])

  const refresh = () => {
    load().then(
      (loaded) => setState({ status: 'ready', loaded }),
      (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : '加载失败' }),
    )
    setReadIds(readNoticeIds())
  }
  useDidShow(refresh)

  const heading = (
    <Text className='notice-list__heading' {...headingProps(2)}>
      社区通知
    </Text>
  )
  if (state.status === 'loading') {
    return (
      <View className='notice-list' aria-busy='true' aria-label='正在加载通知'>
        {heading}
        <StateMessage kind='loading' description='正在加载通知…' />
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <View className='notice-list'>
        {heading}
        <StateMessage
          kind='error'
          title='通知加载失败'
          description={`${state.message}。暂时看不到社区通知，请稍后重试`}
          action={{ text: '重新加载', onClick: refresh }}
        />
      </View>
    )
  }
  const { feed: all, stale } = state.loaded
  const feed = filterFeed(all, category)
  const categories = feedCategories(all)
  return (
    <View className='notice-list'>
      {heading}
      {stale ? (
        <View className='notice-list__stale' role='status'>
          <Text>
            {stale.reason}。下面是 {formatChinaTime(stale.fetchedAt)} 获取的通知，可能不是最新。
          </Text>
          <Button size='small' fill='outline' onClick={refresh}>
            重试
          </Button>
        </View>
      ) : null}
      {all.current.length + all.past.length === 0 ? (
        <StateMessage kind='empty' description='暂无通知' />
      ) : (
        <>
          {categories.length > 2 ? (
            <ChoiceChips
              label='按类别筛选通知'
              options={categories.map((c) => ({ value: c, label: c }))}
              isSelected={(c) => c === category}
              onPick={setCategory}
            />
          ) : null}
          {feed.current.length === 0 ? (
            <Text className='notice-list__none'>这个类别暂无通知</Text>
          ) : (
            feed.current.map((n) => <NoticeRow key={n.id} notice={n} unread={!readIds.includes(n.id)} />)
          )}
          {feed.past.length > 0 ? (
            <View className='notice-list__past'>
              <Button
                fill='none'
                className='notice-list__past-toggle'
                aria-expanded={showPast}
                onClick={() => setShowPast(!showPast)}
              >
                {`${PAST_NOTICES_LABEL_TEXT}（${feed.past.length}）${showPast ? ' 收起' : ' 展开'}`}
              </Button>
              {showPast
                ? feed.past.map((n) => <NoticeRow key={n.id} notice={n} unread={!readIds.includes(n.id)} />)
                : null}
            </View>
          ) : null}
        </>
      )}
    </View>
  )
}

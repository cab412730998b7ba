// 社区通知 on the 月湾湖 tab: the first page of the feed, more when the page is scrolled to its end (or 加载更多 is
// tapped) until 已经到底了; pinned first then newest, category chips from the notices loaded, unread marks, 往期
// collapsed, empty and error states; offline it shows the pages last fetched, saying when. Titles are plain text.
import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { StateMessage } from '@/components/state-message/StateMessage'
import { headingProps } from '@/components/a11y/aria-props'
import { ALL_CATEGORIES, NOTICE_STATE_LABELS } from '@/domain/notice/labels'
import { feedCategories, filterFeed, type NoticePage } from '@/domain/notice/feed'
import { formatChinaTime } from '@/domain/china-time'
import { messageOf } from '@/services/api-client'
import {
  feedOf,
  loadMoreNotices,
  loadNoticeFeed,
  nextCursorOf,
  readNoticeIds,
  type LoadedFeed,
} from '@/services/community/notice-pages'
import { useRefreshOnPull } from '@/components/pull-refresh/refresh-hub'
import { ListEnd } from '@/features/community/paging/ListEnd'
import { NoticeRow } from './NoticeRow'
import './notice-list.scss'

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; loaded: LoadedFeed }
/** The next page: idle, on its way, or failed (why). */
type More = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string }

/** Same notices, same order, same fields: a refetched first page that changes nothing keeps the pages loaded. */
const samePage = (a: NoticePage, b: NoticePage) => JSON.stringify(a.notices) === JSON.stringify(b.notices)

/** How long what follows the list may wait for it on a slow network before it shows anyway (ms). */
export const SETTLE_AT_THE_LATEST_MS = 3000

interface NoticeListProps {
  load?: () => Promise<LoadedFeed>
  /**
   * Called when a load has ended (notices, none, or an error) or SETTLE_AT_THE_LATEST_MS have passed: what
   * the page shows below the list waits for it, so the list's growth moves nothing already on the screen.
   */
  onSettled?: () => void
}

export function NoticeList({ load = loadNoticeFeed, onSettled }: NoticeListProps) {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [more, setMore] = useState<More>({ status: 'idle' })
  const [category, setCategory] = useState(ALL_CATEGORIES)
  const [showPast, setShowPast] = useState(false)
  const [readIds, setReadIds] = useState<string[]>([])
  const current = useRef(state)
  current.current = state
  const busy = useRef(false)

  /** Loads the first page; `quiet` (the tab shown again): keeps what is loaded unless the first page changed. */
  const refresh = useCallback(
    (quiet = false) => {
      setReadIds(readNoticeIds())
      const before = current.current
      if (!quiet) setState({ status: 'loading' })
      return load().then(
        (loaded) => {
          const shown = before.status === 'ready' ? before.loaded : null
          const unchanged = quiet && shown && !shown.stale && !loaded.stale && samePage(shown.pages[0], loaded.pages[0])
          if (unchanged) return true
          setMore({ status: 'idle' })
          setState({ status: 'ready', loaded })
          return !loaded.stale
        },
        (error: unknown) => {
          if (!quiet || current.current.status !== 'ready') setState({ status: 'error', message: messageOf(error) })
          return false
        },
      )
    },
    [load],
  )
  useDidShow(() => void refresh(current.current.status === 'ready'))
  const settled = state.status !== 'loading'
  const reportSettled = useRef(onSettled)
  reportSettled.current = onSettled
  useEffect(() => {
    if (settled) {
      reportSettled.current?.()
      return
    }
    const late = setTimeout(() => reportSettled.current?.(), SETTLE_AT_THE_LATEST_MS)
    return () => clearTimeout(late)
  }, [settled])
  // Pulled down: the first page again, keeping what shows until it comes.
  useRefreshOnPull(() => refresh(current.current.status === 'ready'))

  const loadMore = useCallback(() => {
    const shown = current.current
    if (shown.status !== 'ready' || busy.current || !nextCursorOf(shown.loaded.pages)) return
    busy.current = true
    setMore({ status: 'loading' })
    loadMoreNotices(shown.loaded.pages).then(
      (pages) => {
        busy.current = false
        setMore({ status: 'idle' })
        setState({ status: 'ready', loaded: { ...shown.loaded, pages } })
      },
      (error: unknown) => {
        busy.current = false
        setMore({ status: 'error', message: messageOf(error) })
      },
    )
  }, [])

  const all = state.status === 'ready' ? feedOf(state.loaded.pages) : null
  const feed = all ? filterFeed(all, category) : null
  // The list ends after the current notices until 往期 appears; then after 往期 when it is open.
  const endShown = feed !== null && (feed.past.length === 0 || showPast)
  // Scrolled to the end of the page: the next page, unless the end is a collapsed 往期 (nothing new would show).
  useReachBottom(() => {
    if (endShown) loadMore()
  })

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
  if (state.status === 'error' || !all || !feed) {
    return (
      <View className='notice-list'>
        {heading}
        <StateMessage
          kind='error'
          title='通知加载失败'
          description={`${state.status === 'error' ? state.message : '加载失败'}。暂时看不到社区通知，请稍后重试`}
          action={{ text: '重新加载', onClick: () => void refresh() }}
        />
      </View>
    )
  }
  const { stale, pages } = state.loaded
  const hasMore = nextCursorOf(pages) !== null
  const categories = feedCategories(all)
  const pastCount = `${feed.past.length}${hasMore ? '+' : ''}`
  return (
    <View className='notice-list'>
      {heading}
      {stale ? (
        <View className='notice-list__stale' role='status'>
          <Text className='notice-list__stale-text'>
            {stale.reason}。下面是 {formatChinaTime(stale.fetchedAt)} 获取的通知，可能不是最新。
          </Text>
          <Button size='small' fill='outline' onClick={() => void refresh()}>
            重试
          </Button>
        </View>
      ) : null}
      {all.current.length + all.past.length === 0 && !hasMore ? (
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
            <Text className='notice-list__none'>
              {hasMore && category !== ALL_CATEGORIES ? '已加载的通知里没有这个类别' : '这个类别暂无通知'}
            </Text>
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
                {`${NOTICE_STATE_LABELS.expired}（${pastCount}）${showPast ? ' 收起' : ' 展开'}`}
              </Button>
              {showPast
                ? feed.past.map((n) => <NoticeRow key={n.id} notice={n} unread={!readIds.includes(n.id)} />)
                : null}
            </View>
          ) : null}
          {endShown ? (
            <ListEnd
              what='通知'
              loading={more.status === 'loading'}
              hasMore={hasMore}
              error={more.status === 'error' ? more.message : ''}
              onMore={loadMore}
            />
          ) : null}
        </>
      )}
    </View>
  )
}

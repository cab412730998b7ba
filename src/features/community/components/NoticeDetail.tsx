// One notice, for residents: title and body as plain text (line breaks kept by white-space: pre-wrap, never HTML),
// category, times, 已修改 with the time of the last edit residents can see, and share. Marks the notice read on this
// device.
import { useCallback, useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Tag } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { StateMessage } from '../../../components/state-message/StateMessage'
import { ShareButton } from '../../../components/share-button/ShareButton'
import { headingProps } from '../../../components/a11y/aria-props'
import { formatChinaTime, type FeedNotice } from '../../../domain/notice-feed'
import { loadNoticeFeed, markNoticeRead } from '../../../services/notice-feed'
import './notice-detail.scss'

function Notice({ notice, past }: { notice: FeedNotice; past: boolean }) {
  useEffect(() => markNoticeRead(notice.id), [notice.id])
  return (
    <View className='notice-detail'>
      <View className='notice-detail__tags'>
        {notice.pinned ? <Tag type='danger'>置顶</Tag> : null}
        <Tag type='primary' plain>
          {notice.category}
        </Tag>
        {past ? <Tag>往期</Tag> : null}
      </View>
      <Text className='notice-detail__title' {...headingProps(2)}>
        {notice.title}
      </Text>
      <Text className='notice-detail__meta'>
        {`发布对象：${notice.audience}`}
        {notice.publishAt ? `，发布：${formatChinaTime(notice.publishAt)}` : ''}
        {notice.expireAt ? `，截止：${formatChinaTime(notice.expireAt)}` : ''}
      </Text>
      {notice.editedAt ? (
        <Text className='notice-detail__edited'>{`已修改 · ${formatChinaTime(notice.editedAt)}`}</Text>
      ) : null}
      <Text className='notice-detail__body'>{notice.body}</Text>
      <ShareButton title={notice.title} />
    </View>
  )
}

export function NoticeDetail({ id }: { id: string }) {
  const load = useCallback(() => loadNoticeFeed(), [])
  const { state, retry } = useAsync(load)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={1}>
      {({ feed, stale }) => {
        const current = feed.current.find((n) => n.id === id)
        const past = feed.past.find((n) => n.id === id)
        const notice = current ?? past
        return (
          <>
            {stale ? <Text className='notice-detail__stale'>{`${stale.reason}，显示的是之前获取的内容`}</Text> : null}
            {notice ? (
              <Notice notice={notice} past={!current} />
            ) : (
              <StateMessage
                kind='empty'
                title='找不到这条通知'
                description='通知可能已撤回，或链接有误'
                action={{ text: '返回月湾湖', onClick: () => Taro.switchTab({ url: '/pages/community/index' }) }}
              />
            )}
          </>
        )
      }}
    </AsyncView>
  )
}

// One notice, for residents, from GET /api/notices/:id: title and body as plain text (line breaks kept by
// white-space: pre-wrap, never HTML), category, times, 已修改 with the time of the last edit residents can see, 读给我听
// (title and body) and share. Offline: the copy saved when it was last opened here, else its row from the cached list
// saying the body needs the network. Marks the notice read on this device.
import { type ReactNode, useCallback, useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { StateMessage } from '@/components/state-message/StateMessage'
import { ShareButton } from '@/components/share-button/ShareButton'
import { ReadAloud } from '@/components/read-aloud/ReadAloud'
import { noticeReading } from '@/domain/read-aloud-text'
import { headingProps } from '@/components/a11y/aria-props'
import { formatChinaTime } from '@/domain/china-time'
import { type FeedNotice, type FeedNoticeDetail } from '@/domain/notice/feed'
import { loadNotice } from '@/services/community/notice-detail'
import { markNoticeRead } from '@/services/community/notice-pages'
import './notice-detail.scss'

function Notice({ notice, body }: { notice: FeedNotice | FeedNoticeDetail; body: ReactNode }) {
  useEffect(() => markNoticeRead(notice.id), [notice.id])
  return (
    <View className='notice-detail'>
      <View className='notice-tags'>
        {notice.pinned ? <Text className='notice-tags__tag notice-tags__tag--pinned'>置顶</Text> : null}
        <Text className='notice-tags__tag'>{notice.category}</Text>
        {notice.state === 'expired' ? <Text className='notice-tags__tag notice-tags__tag--past'>往期</Text> : null}
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
      <ReadAloud text={noticeReading({ title: notice.title, body: 'body' in notice ? notice.body : null })} />
      {body}
      <ShareButton title={notice.title} />
    </View>
  )
}

export function NoticeDetail({ id }: { id: string }) {
  const load = useCallback(() => loadNotice(id), [id])
  const { state, retry } = useAsync(load)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={1}>
      {(loaded) => {
        if (loaded.kind === 'missing') {
          return (
            <StateMessage
              kind='empty'
              title='找不到这条通知'
              description='通知可能已撤回，或链接有误'
              action={{ text: '返回月湾湖', onClick: () => Taro.switchTab({ url: '/pages/community/index' }) }}
            />
          )
        }
        const { stale } = loaded
        const when = stale ? formatChinaTime(stale.fetchedAt) : ''
        return (
          <>
            {stale && loaded.kind === 'full' ? (
              <Text className='notice-detail__stale' {...{ role: 'status' }}>
                {`${stale.reason}。显示的是 ${when} 保存的内容，可能不是最新`}
              </Text>
            ) : null}
            {loaded.kind === 'full' ? (
              <Notice notice={loaded.notice} body={<Text className='notice-detail__body'>{loaded.notice.body}</Text>} />
            ) : (
              <Notice
                notice={loaded.notice}
                body={
                  <View className='notice-detail__offline' {...{ role: 'status' }}>
                    <Text>{`${loaded.stale.reason}。正文需要联网才能查看（这条通知还没有在本机打开过）。`}</Text>
                    <Button fill='outline' onClick={retry}>
                      重新加载
                    </Button>
                  </View>
                }
              />
            )}
          </>
        )
      }}
    </AsyncView>
  )
}

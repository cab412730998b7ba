// 我发布的通知: the worker's notices, unpublished and published, page by page. 编辑 fetches the whole notice for the
// form; 置顶, 撤回 and 重新发布 go through the outbox with their own key (so they survive being offline), 撤回 and
// 重新发布 after a confirmation; what became of each is said in plain words.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { useRefreshOnPull } from '@/components/pull-refresh/refresh-hub'
import type { NoticeSection, NoticeSummary, NoticeView } from '@/domain/notice/api'
import type { NoticePatchInput } from '@/domain/notice/schema'
import { messageOf } from '@/services/api-client'
import { fetchWorkerNotice, fetchWorkerNoticePage } from '@/services/community/community-api'
import { changeNotice, type NoticeChangeKind } from '@/services/community/notice-outbox'
import { usePagedList } from '@/features/community/paging/use-paged-list'
import { ConfirmDialog, type Confirmation } from './ConfirmDialog'
import { republishConfirmation, withdrawConfirmation } from './confirmations'
import { NoticeSectionList, type NoticeActions } from './NoticeSectionList'
import { entryNote } from './outbox-words'

/** A page of the worker's notices in a section, as the paged list takes it. */
const sectionPage = (section: NoticeSection) => (cursor: string | null) =>
  fetchWorkerNoticePage(section, cursor).then((page) => ({ items: page.notices, nextCursor: page.nextCursor }))
const feedPage = sectionPage('feed')
const unpublishedPage = sectionPage('unpublished')

interface MyNoticesProps {
  /** Changes when the lists must be read again (a write was acknowledged). */
  version: number
  onEdit: (n: NoticeView) => void
}

export function MyNotices({ version, onEdit }: MyNoticesProps) {
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null)
  const [acted, setActed] = useState(0)
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const published = usePagedList(feedPage, version + acted)
  const unpublished = usePagedList(unpublishedPage, version + acted)
  const reload = () => {
    setMessage(null)
    return Promise.all([published.reload(), unpublished.reload()]).then((ok) => ok.every(Boolean))
  }
  useRefreshOnPull(reload)
  const act = async (n: NoticeSummary, change: NoticeChangeKind, patch: NoticePatchInput) => {
    const entry = await changeNotice({ id: n.id, title: n.title, change, patch })
    setMessage({ text: `「${n.title}」${entryNote(entry)}`, alert: entry.status === 'failed' })
    if (entry.status === 'sent') setActed((v) => v + 1)
  }
  const actions: NoticeActions = {
    onPin: (n) => void act(n, n.pinned ? 'unpin' : 'pin', { pinned: !n.pinned }),
    onWithdraw: (n) =>
      setConfirmation(withdrawConfirmation(n.title, () => void act(n, 'withdraw', { action: 'withdraw' }))),
    onRepublish: (n) =>
      setConfirmation(republishConfirmation(n.title, () => void act(n, 'republish', { action: 'publish' }))),
    // The list has no body or history: the form is filled from the whole notice, fetched when 编辑 is tapped.
    onEdit: async (n) => {
      setMessage({ text: '正在打开通知…', alert: false })
      try {
        onEdit(await fetchWorkerNotice(n.id))
        setMessage(null)
      } catch (e) {
        setMessage({ text: `无法打开「${n.title}」：${messageOf(e)}`, alert: true })
      }
    },
  }
  return (
    <View className='desk__card'>
      <Text className='desk__heading' {...headingProps(2)}>
        我发布的通知
      </Text>
      {message ? (
        <Text
          className={message.alert ? 'desk__error' : 'desk__note'}
          {...{ role: message.alert ? 'alert' : 'status' }}
        >
          {message.text}
        </Text>
      ) : null}
      <Button size='small' fill='outline' onClick={() => void reload()}>
        刷新
      </Button>
      <NoticeSectionList title='未发布（草稿、定时、已撤回）' list={unpublished} actions={actions} />
      <NoticeSectionList title='已发布与往期' list={published} actions={actions} />
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} />
    </View>
  )
}

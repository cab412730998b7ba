// One section of the worker's notices (未发布 or 已发布与往期), page by page: each with its state and time, and
// 编辑 / 置顶 / 撤回 — or, once withdrawn, 重新发布.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import type { NoticeSummary } from '@/domain/notice/api'
import { NOTICE_STATE_LABELS } from '@/domain/notice/labels'
import { formatChinaTime } from '@/domain/china-time'
import type { PagedList } from '@/features/community/paging/use-paged-list'
import { PagedListEnd } from '@/features/community/paging/ListEnd'

export interface NoticeActions {
  onEdit: (n: NoticeSummary) => void
  onPin: (n: NoticeSummary) => void
  onWithdraw: (n: NoticeSummary) => void
  onRepublish: (n: NoticeSummary) => void
}

/** When a notice goes out (定时) or went out, for the worker's list. */
function timeNote(n: NoticeSummary): string {
  if (n.state === 'scheduled' && n.publishAt) return `，${formatChinaTime(n.publishAt)} 发布`
  if (n.editedAt) return `，已修改 ${formatChinaTime(n.editedAt)}`
  return ''
}

function NoticeRow({ notice: n, actions }: { notice: NoticeSummary; actions: NoticeActions }) {
  return (
    <View className='desk__notice'>
      <Text className='desk__entry-title'>{`${n.pinned ? '【置顶】' : ''}${n.title}`}</Text>
      <Text className='desk__hint'>{`${n.category} · ${NOTICE_STATE_LABELS[n.state]}${timeNote(n)}`}</Text>
      <View className='desk__notice-actions'>
        {n.state === 'withdrawn' ? (
          <Button
            size='small'
            fill='outline'
            aria-label={`重新发布：${n.title}`}
            onClick={() => actions.onRepublish(n)}
          >
            重新发布
          </Button>
        ) : (
          <>
            <Button size='small' fill='outline' aria-label={`编辑：${n.title}`} onClick={() => actions.onEdit(n)}>
              编辑
            </Button>
            <Button size='small' fill='outline' onClick={() => actions.onPin(n)}>
              {n.pinned ? '取消置顶' : '置顶'}
            </Button>
            <Button
              size='small'
              fill='outline'
              type='danger'
              aria-label={`撤回：${n.title}`}
              onClick={() => actions.onWithdraw(n)}
            >
              撤回
            </Button>
          </>
        )}
      </View>
    </View>
  )
}

interface NoticeSectionListProps {
  title: string
  list: PagedList<NoticeSummary>
  actions: NoticeActions
}

export function NoticeSectionList({ title, list, actions }: NoticeSectionListProps) {
  return (
    <View className='desk__section'>
      <Text className='desk__subheading' {...headingProps(3)}>
        {title}
      </Text>
      {list.failed === 'first' ? (
        <Text className='desk__error' {...{ role: 'alert' }}>
          {list.error}
        </Text>
      ) : null}
      {list.items === null && list.loading ? <Text className='desk__hint'>加载中…</Text> : null}
      {list.items && list.items.length === 0 ? <Text className='desk__hint'>暂无通知</Text> : null}
      {(list.items ?? []).map((n) => (
        <NoticeRow key={n.id} notice={n} actions={actions} />
      ))}
      <PagedListEnd what='通知' list={list} />
    </View>
  )
}

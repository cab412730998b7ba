// One notice in the residents' list: 置顶 / category / 未读 tags, the title as plain text, when it was published
// (and edited); tapping it opens the notice, read out as all of that (tags first).
import { View, Text } from '@tarojs/components'
import { linkProps } from '@/components/a11y/aria-props'
import type { FeedNotice } from '@/domain/notice/feed'
import { formatChinaTime } from '@/domain/china-time'
import { openNotice } from '@/features/community/navigation'

export function NoticeRow({ notice, unread }: { notice: FeedNotice; unread: boolean }) {
  return (
    <View className='notice-row' {...linkProps()} onClick={() => openNotice(notice.id)}>
      <View className='notice-tags'>
        {notice.pinned ? <Text className='notice-tags__tag notice-tags__tag--pinned'>置顶</Text> : null}
        <Text className='notice-tags__tag'>{notice.category}</Text>
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

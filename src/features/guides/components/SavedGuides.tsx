// 我的收藏 and 最近浏览: guide cards this device saved or opened, newest first; hidden while both are empty.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useDidShow } from '@tarojs/taro'
import type { GuideListItem } from '@/domain/content-schema'
import { headingProps } from '@/components/a11y/aria-props'
import { FAVOURITES_KEY, RECENTS_KEY, useSavedIds } from '@/features/guides/hooks/use-saved-ids'
import { openGuide } from '@/features/guides/navigation'
import './saved-guides.scss'

function GuideChips({ title, ids, guides }: { title: string; ids: string[]; guides: GuideListItem[] }) {
  const shown = ids.map((id) => guides.find((g) => g.id === id)).filter((g): g is GuideListItem => Boolean(g))
  if (shown.length === 0) return null
  return (
    <View className='saved-guides__row'>
      <Text className='saved-guides__title' {...headingProps(2)}>
        {title}
      </Text>
      <View className='saved-guides__chips'>
        {shown.map((g) => (
          <Button key={g.id} fill='outline' className='saved-guides__chip' onClick={() => openGuide(g.id)}>
            {g.name}
          </Button>
        ))}
      </View>
    </View>
  )
}

export function SavedGuides({ guides }: { guides: GuideListItem[] }) {
  const favourites = useSavedIds(FAVOURITES_KEY)
  const recents = useSavedIds(RECENTS_KEY)
  // Coming back from a guide page: pick up what it saved.
  useDidShow(() => {
    favourites.reload()
    recents.reload()
  })
  return (
    <View className='saved-guides'>
      <GuideChips title='我的收藏' ids={favourites.ids} guides={guides} />
      <GuideChips title='最近浏览' ids={recents.ids} guides={guides} />
    </View>
  )
}

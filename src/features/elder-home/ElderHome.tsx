// 长辈版's first screen on every tab: six large tiles for what older residents do most — 小事快办, 打电话 (12345, and
// the 居委会's page, whose numbers show once a worker has verified them), 社区通知, 常用办事 (two guides), 今日公园 and
// 搜索 — each one tap from what it names. Wording and numbers come from the same content as the standard pages.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useDidShow } from '@tarojs/taro'
import { headingProps } from '@/components/a11y/aria-props'
import { ELDER_TILES, elderGuideIds, type ElderTileKey } from '@/domain/elder-home'
import { NATIONAL_HOTLINES } from '@/domain/national-hotlines'
import { searchUrl } from '@/domain/routes'
import { bundledGuideList } from '@/services/content/guide-list'
import { callNumber } from '@/services/phone'
import { navigateTo, switchTab } from '@/services/navigate'
import { scrollToElement } from '@/services/scroll-to'
import { tabByKey, type TabDefinition } from '@/app/tabs'
import { openContacts, openReports } from '@/features/community/navigation'
import { openGuide } from '@/features/guides/navigation'
import { FAVOURITES_KEY, RECENTS_KEY, useSavedIds } from '@/features/guides/hooks/use-saved-ids'
import { fullContentId, setFullContent } from './full-content'
import './elder-home.scss'

/** Shows a tab with its full content open (from any tab, the tab itself included), scrolled to `anchor` in it. */
function openTab(key: TabDefinition['key'], anchor: string): void {
  setFullContent(key, true)
  // Once the tab shows, its content is under the tiles: bring what the tile named into view.
  void switchTab(`/${tabByKey(key).pagePath}`).then((shown) => shown && scrollToElement(anchor))
}

function CallTile({ title }: { title: string }) {
  return (
    <View className='elder-home__tile elder-home__tile--group elder-home__tile--call' role='group' aria-label={title}>
      <Text className='elder-home__title' {...headingProps(2)}>
        {title}
      </Text>
      <Button className='elder-home__row' type='primary' block onClick={() => callNumber('12345')}>
        {`12345 ${NATIONAL_HOTLINES['12345']}`}
      </Button>
      {/* The 居委会's numbers are shown (and dialled) on their page, with who verified them and when. */}
      <Button className='elder-home__row' fill='outline' block onClick={openContacts}>
        居委会电话 ›
      </Button>
    </View>
  )
}

function GuidesTile({ title }: { title: string }) {
  const guides = bundledGuideList()
  const saved = useSavedIds(FAVOURITES_KEY)
  const recent = useSavedIds(RECENTS_KEY)
  useDidShow(() => {
    saved.reload()
    recent.reload()
  })
  const ids = elderGuideIds(
    saved.ids,
    recent.ids,
    guides.map((g) => g.id),
  )
  return (
    <View className='elder-home__tile elder-home__tile--group elder-home__tile--guides' role='group' aria-label={title}>
      <Text className='elder-home__title' {...headingProps(2)}>
        {title}
      </Text>
      {ids.map((id) => (
        <Button key={id} className='elder-home__row' fill='outline' block onClick={() => openGuide(id)}>
          {`${guides.find((g) => g.id === id)?.name ?? ''} ›`}
        </Button>
      ))}
    </View>
  )
}

const OPEN: Record<Exclude<ElderTileKey, 'call' | 'guides'>, () => void> = {
  report: openReports,
  notices: () => openTab('community', `#${fullContentId('community')} .notice-list__heading`),
  parks: () => openTab('parks', `#${fullContentId('parks')}`),
  search: () => navigateTo(searchUrl()),
}

export function ElderHome() {
  return (
    <View className='elder-home'>
      {ELDER_TILES.map(({ key, title, hint }) =>
        key === 'call' ? (
          <CallTile key={key} title={title} />
        ) : key === 'guides' ? (
          <GuidesTile key={key} title={title} />
        ) : (
          <Button
            key={key}
            className={`elder-home__tile elder-home__tile--${key}`}
            type={key === 'report' ? 'primary' : 'default'}
            block
            onClick={OPEN[key]}
          >
            <View className='elder-home__text'>
              <Text className='elder-home__title'>{title}</Text>
              <Text className='elder-home__hint'>{hint}</Text>
            </View>
          </Button>
        ),
      )}
    </View>
  )
}

// The services tab body: a search entry, saved and recent guides, the life-event categories, then the hotlines (a
// compact row of the most used, 全部热线 behind it; the community's verified contacts first, given by the page).
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { linkProps } from '@/components/a11y/aria-props'
import { loadGuideList } from '@/services/content/guide-list'
import { loadHotlines } from '@/services/content/hotlines'
import { loadServiceCategories } from '@/services/content/services'
import { openServicesSearch } from '@/features/guides/navigation'
import { HotlineSection } from './HotlineSection'
import { SavedGuides } from './SavedGuides'
import { ServiceCategoryList } from './ServiceCategoryList'
import './services-overview.scss'

const loadAll = () => Promise.all([loadHotlines(), loadServiceCategories(), loadGuideList()])

interface ServicesOverviewProps {
  /** Shown before the national hotlines: the 居委会's verified contacts (nothing until verified). */
  localContacts?: ReactNode
}

export function ServicesOverview({ localContacts }: ServicesOverviewProps) {
  const { state, retry } = useAsync(loadAll)
  return (
    <View>
      <View className='services-overview__search' {...linkProps()} onClick={openServicesSearch}>
        <Text className='services-overview__search-text'>搜索办事：供热、找工作、jiuye…</Text>
      </View>
      <AsyncView
        state={state}
        onRetry={retry}
        isEmpty={([hotlines, categories]) => hotlines.length + categories.length === 0}
        emptyText='暂无服务信息'
      >
        {([hotlines, categories, guides]) => (
          <>
            <SavedGuides guides={guides} />
            <ServiceCategoryList categories={categories} guides={guides} />
            <HotlineSection hotlines={hotlines} localContacts={localContacts} />
          </>
        )}
      </AsyncView>
    </View>
  )
}

// Loads a guide card by id with the community's verified values, records it as recently viewed, and lets the reader favourite it.
import { useCallback, useEffect } from 'react'
import Taro from '@tarojs/taro'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { StateMessage } from '@/components/state-message/StateMessage'
import { pushRecent, toggleId } from '@/domain/saved-list'
import { indexFacts } from '@/domain/verified-merge'
import { mergeGuide } from '@/domain/verified-merge-guide'
import { loadGuides } from '@/services/content/guides'
import { keptCopyNote, loadVerifiedFacts } from '@/services/verified-facts'
import { loadServiceCategories } from '@/services/content/services'
import { FAVOURITES_KEY, RECENTS_KEY, useSavedIds } from '@/features/guides/hooks/use-saved-ids'
import { GuideDetail } from './GuideDetail'

export function GuideScreen({ id }: { id: string }) {
  const load = useCallback(async () => {
    const [guides, categories, verified] = await Promise.all([
      loadGuides(),
      loadServiceCategories(),
      loadVerifiedFacts(),
    ])
    const guide = guides.find((g) => g.id === id) ?? null
    return {
      guide,
      fields: guide ? mergeGuide(guide, indexFacts(verified.facts, new Date())) : [],
      factsNote: keptCopyNote(verified),
      categoryName: categories.find((c) => c.id === guide?.categoryId)?.name ?? null,
    }
  }, [id])
  const { state, retry } = useAsync(load)
  const favourites = useSavedIds(FAVOURITES_KEY)
  const { update: updateRecents } = useSavedIds(RECENTS_KEY)
  const found = state.status === 'ready' && state.data.guide !== null

  useEffect(() => {
    if (found) updateRecents((ids) => pushRecent(ids, id))
  }, [found, id, updateRecents])

  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={2}>
      {({ guide, fields, factsNote, categoryName }) =>
        guide ? (
          <GuideDetail
            guide={guide}
            fields={fields}
            factsNote={factsNote}
            categoryName={categoryName}
            isFavourite={favourites.ids.includes(guide.id)}
            onToggleFavourite={() => favourites.update((ids) => toggleId(ids, guide.id))}
          />
        ) : (
          <StateMessage
            kind='empty'
            title='找不到这条办事指南'
            description='链接可能有误，或指南已调整'
            action={{ text: '返回民生', onClick: () => Taro.switchTab({ url: '/pages/services/index' }) }}
          />
        )
      }
    </AsyncView>
  )
}

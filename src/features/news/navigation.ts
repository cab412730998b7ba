// Navigation within the news feature: an article, the key-figures dashboard, the timeline.
import { articleUrl, FIGURES_PAGE, TIMELINE_PAGE } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

export const openArticle = (id: string): void => navigateTo(articleUrl(id))
export const openFigures = (): void => navigateTo(`/${FIGURES_PAGE}`)
export const openTimeline = (): void => navigateTo(`/${TIMELINE_PAGE}`)

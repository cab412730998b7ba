// Navigation within the services feature: a guide card, 全部热线, the search page scoped to guides and hotlines.
import { guideUrl, hotlinesUrl, searchUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

export const openGuide = (id: string): void => navigateTo(guideUrl(id))
export const openServicesSearch = (): void => navigateTo(searchUrl('services'))
export const openAllHotlines = (): void => navigateTo(hotlinesUrl())

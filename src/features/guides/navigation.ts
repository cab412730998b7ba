// Navigation within the services feature: a guide card, the search page scoped to guides and hotlines.
import { guideUrl, searchUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

export const openGuide = (id: string): void => navigateTo(guideUrl(id))
export const openServicesSearch = (): void => navigateTo(searchUrl('services'))

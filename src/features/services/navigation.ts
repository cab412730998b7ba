// Navigation within the services feature: a guide card, the search page.
import { guideUrl, SEARCH_PAGE } from '../../domain/routes'
import { navigateTo } from '../../services/navigate'

export const openGuide = (id: string): void => navigateTo(guideUrl(id))
export const openSearch = (): void => navigateTo(`/${SEARCH_PAGE}`)

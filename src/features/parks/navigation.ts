// Navigation within the parks feature: a park's plan-a-visit page, the seasonal calendar.
import { CALENDAR_PAGE, parkUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

export const openPark = (id: string): void => navigateTo(parkUrl(id))
export const openCalendar = (): void => navigateTo(`/${CALENDAR_PAGE}`)

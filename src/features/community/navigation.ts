// Navigation within the community feature: a notice, the workers' desk, 小事快办 reports, 我的消息, 居委会联系方式.
import { CONTACTS_PAGE, MESSAGES_PAGE, REPORTS_PAGE, WORKER_PAGE, noticeUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

export const openNotice = (id: string): void => navigateTo(noticeUrl(id))
export const openWorkerDesk = (): void => navigateTo(`/${WORKER_PAGE}`)
export const openReports = (): void => navigateTo(`/${REPORTS_PAGE}`)
export const openMessages = (): void => navigateTo(`/${MESSAGES_PAGE}`)
export const openContacts = (): void => navigateTo(`/${CONTACTS_PAGE}`)

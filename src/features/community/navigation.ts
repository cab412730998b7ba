// Navigation within the community feature: a notice, the workers' desk, 小事快办 reports, 我的消息, 核实 one field.
import { MESSAGES_PAGE, REPORTS_PAGE, WORKER_PAGE, noticeUrl, verifyUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

export const openNotice = (id: string): void => navigateTo(noticeUrl(id))
export const openWorkerDesk = (): void => navigateTo(`/${WORKER_PAGE}`)
export const openReports = (): void => navigateTo(`/${REPORTS_PAGE}`)
export const openMessages = (): void => navigateTo(`/${MESSAGES_PAGE}`)
export const openVerify = (params: { kind: string; id: string; field: string; reportId?: string }): void =>
  navigateTo(verifyUrl(params))

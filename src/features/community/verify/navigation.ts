// Opening the 核实 page for one field, from the workers' desk and the 信息纠错 queue (apart from ../navigation.ts, which
// the 月湾湖 tab loads).
import { verifyUrl } from '@/domain/verified-routes'
import { navigateTo } from '@/services/navigate'

export const openVerify = (params: { kind: string; id: string; field: string; reportId?: string }): void =>
  navigateTo(verifyUrl(params))

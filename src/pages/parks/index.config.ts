// Navigation bar of the 公园 tab.
import { tabByKey } from '@/app/tabs'

export default definePageConfig({ navigationBarTitleText: tabByKey('parks').title, enableShareAppMessage: true })

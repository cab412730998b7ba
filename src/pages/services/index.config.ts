// Navigation bar of the 民生 tab.
import { tabByKey } from '@/app/tabs'

export default definePageConfig({ navigationBarTitleText: tabByKey('services').title, enableShareAppMessage: true })

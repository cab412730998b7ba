// Navigation bar of the 要闻 tab.
import { tabByKey } from '@/app/tabs'

export default definePageConfig({ navigationBarTitleText: tabByKey('news').title, enableShareAppMessage: true })

// Navigation bar of the 月湾湖 tab.
import { tabByKey } from '../../app/tabs'

export default definePageConfig({ navigationBarTitleText: tabByKey('community').title })

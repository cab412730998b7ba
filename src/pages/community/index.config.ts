// Navigation bar of the 月湾湖 tab; the next page of 社区通知 starts loading a little before the page's end.
import { tabByKey } from '@/app/tabs'

export default definePageConfig({
  navigationBarTitleText: tabByKey('community').title,
  onReachBottomDistance: 120,
  enableShareAppMessage: true,
  // 社区通知 reload when pulled down; H5 has NutUI's PullToRefresh instead of Taro's own.
  enablePullDownRefresh: process.env.TARO_ENV === 'weapp',
})

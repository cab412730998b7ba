// 小事快办: 我的报告 (or, for a worker, the community's reports) reload when pulled down (weapp; H5 has NutUI's own).
export default definePageConfig({
  navigationBarTitleText: '小事快办',
  enablePullDownRefresh: process.env.TARO_ENV === 'weapp',
})

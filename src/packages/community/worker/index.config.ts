// The workers' desk: its lists (新报告, 我发布的通知) reload when pulled down (weapp; H5 has NutUI's own).
export default definePageConfig({
  navigationBarTitleText: '工作人员',
  enablePullDownRefresh: process.env.TARO_ENV === 'weapp',
})

// Navigation bar of the seasonal calendar page.
export default definePageConfig({ navigationBarTitleText: '游园日历' })

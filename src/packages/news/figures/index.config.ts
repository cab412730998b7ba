// Navigation bar of the key-figures dashboard page.
export default definePageConfig({ navigationBarTitleText: '关键数据' })

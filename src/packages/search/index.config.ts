// Navigation bar of the search page.
export default definePageConfig({ navigationBarTitleText: '搜索' })

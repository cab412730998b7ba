// Navigation bar of the services search page.
export default definePageConfig({ navigationBarTitleText: '搜索办事' })

// Navigation bar of the 2021→2023 timeline page.
export default definePageConfig({ navigationBarTitleText: '发展时间线' })

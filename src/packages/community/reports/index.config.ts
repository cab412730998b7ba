// 小事快办.
export default definePageConfig({ navigationBarTitleText: '小事快办' })

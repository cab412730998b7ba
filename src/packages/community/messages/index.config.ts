// 我的消息.
export default definePageConfig({ navigationBarTitleText: '我的消息' })

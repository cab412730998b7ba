// Plan-a-visit page: shareable to chats and Moments.
export default definePageConfig({
  navigationBarTitleText: '游园计划',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})

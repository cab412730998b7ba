// Article page: shareable to chats and Moments.
export default definePageConfig({
  navigationBarTitleText: '西城要闻',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})

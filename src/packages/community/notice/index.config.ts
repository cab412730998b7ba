// A community notice: shareable to chats and Moments.
export default definePageConfig({
  navigationBarTitleText: '社区通知',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})

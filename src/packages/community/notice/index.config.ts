// A community notice: shareable to chats.
export default definePageConfig({ navigationBarTitleText: '社区通知', enableShareAppMessage: true })

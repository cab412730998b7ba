// 全部热线 page config.
export default definePageConfig({
  navigationBarTitleText: '全部热线',
})

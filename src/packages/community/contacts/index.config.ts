// 居委会联系方式.
export default definePageConfig({ navigationBarTitleText: '居委会联系方式' })

// The workers' desk.
export default definePageConfig({ navigationBarTitleText: '工作人员' })

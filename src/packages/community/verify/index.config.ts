// 核实信息: a worker's form for one field of a guide, park or 本社区.
export default definePageConfig({
  navigationBarTitleText: '核实信息',
})

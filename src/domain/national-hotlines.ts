// The national service hotlines: the only facts the app may state without a local source.
export const NATIONAL_HOTLINES = {
  '12345': '政务服务便民热线',
  '110': '报警电话',
  '119': '火警电话',
  '120': '医疗急救电话',
  '122': '交通事故报警电话',
  '12315': '消费者投诉举报热线',
  '12333': '人力资源和社会保障服务热线',
  '12348': '公共法律服务热线',
  '12338': '妇女维权公益服务热线',
  '12369': '环保举报热线',
} as const

export type NationalHotlineNumber = keyof typeof NATIONAL_HOTLINES

/** The quote a national hotline cites, e.g. "12345 政务服务便民热线". */
function nationalQuote(number: NationalHotlineNumber): string {
  return `${number} ${NATIONAL_HOTLINES[number]}`
}

export function isNationalQuote(quote: string): boolean {
  return (Object.keys(NATIONAL_HOTLINES) as NationalHotlineNumber[]).some((n) => nationalQuote(n) === quote)
}

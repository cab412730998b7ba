// Source coverage: every figure with a unit and every named project, place or honour of the two reviews that no content item shows.
import { squashWhitespace } from './source'

/** Units a figure may carry, longest first so 万平方米 wins over 平方米. */
const UNITS = [
  '微克/立方米',
  '平方米',
  '公里',
  '元',
  '亩',
  '个',
  '家',
  '项',
  '栋',
  '条',
  '座',
  '次',
  '场',
  '天',
  '套',
  '人',
  '年',
  '%',
]

/** A number (never preceded by a digit or dot), an optional 万/亿, an optional 余/多, then a unit. */
const FIGURE = new RegExp(
  `(?<![\\d.])\\d+(?:\\.\\d+)?(?:万|亿)?(?:余|多)?(?:${UNITS.map((u) => u.replace(/\//g, '\\/')).join('|')})`,
  'gu',
)

/** Figures written in Chinese numerals: 二十多家, 九层, 连续四年, 两次, 一个多月. */
const HAN_FIGURE = /[一二三四五六七八九十两]+(?:多|余)?(?:家|项|层|次|年|个多月)/gu

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** Writes Chinese numerals below 100 as digits: 二十多项 → 20多项, 九层 → 9层. */
export function hanNumeralsToDigits(text: string): string {
  return text.replace(/([一二三四五六七八九])?十([一二三四五六七八九])?|[一二三四五六七八九两]/gu, (m, tens, ones) => {
    if (!m.includes('十')) return String(HAN_DIGITS[m])
    return String((tens ? HAN_DIGITS[tens] : 1) * 10 + (ones ? HAN_DIGITS[ones] : 0))
  })
}

/** A four-digit year such as 2021年 is a date, not a figure. */
const isYear = (figure: string) => /^(19|20)\d\d年$/u.test(figure)

/**
 * Every figure with a unit in a text, in order, without repeats: 51593万元, 1000余个, 7.4亿多元, 100%; with `han`, also
 * those in Chinese numerals (二十多家), which everyday prose uses too (历史最多的一年), so claims are checked without them.
 */
export function extractFigures(text: string, { han = true }: { han?: boolean } = {}): string[] {
  const squashed = squashWhitespace(text)
  const found = [...(squashed.match(FIGURE) ?? []), ...(han ? (squashed.match(HAN_FIGURE) ?? []) : [])]
  return [...new Set(found.filter((f) => !isYear(f)))]
}

/**
 * The named projects, places and honours of the two reviews (a maintained list: the texts name them without 《》, so
 * they cannot be cut out reliably by a pattern). A unit test checks that each one occurs in its source as written.
 */
export const SOURCE_NAMES: Record<'xicheng-2021' | 'xicheng-2023', readonly string[]> = {
  'xicheng-2021': [
    '中原智慧岛漯河岛',
    '中原科学城',
    '大数据产业园',
    '金融保险服务产业园',
    '人力资源服务产业园',
    '现代服务业开发区',
    '汉江西路',
    '长江路沙澧连通桥西引线',
    '凌云山路北桥',
    '长江支路桥',
    '沙澧连通综合管廊项目',
    '中原生态水城',
    '市民休闲乐道',
    '西城水系取水口',
    '唐诗宋词园',
    '湿地公园',
    '科技馆',
    '丹江路地下车库',
    '红星爱琴海购物广场',
    '智慧西城运营中心',
    '沙澧河大二期',
    '许信高速',
    '阴阳赵镇',
    '水坑赵村',
    '全国乡村治理示范村',
    '省级食品安全达标县（区）',
    '全市平安建设先进县',
    '漯河现代都市发展引领区',
    '中原生态水城示范区',
    '中国食品名城线上体验区',
    '漯河印象文化展示区',
    '大数据产业中心',
    '爱琴海购物公园',
    '丹江路学校',
    '小南湖湿地公园',
    '月湾湖社区初心直播间',
    '粉黛花海',
    '郑州都市圈',
    '大楼魏',
    '西城速度',
    '西城样本',
  ],
  'xicheng-2023': [
    '河南省现代服务业（中介服务类）开发区考核第一名',
    '河南省智慧岛建设考核二等奖',
    '全市平安建设优秀县（区）',
    '高水平医院',
    '高水平高中',
    '中国食品博物馆（工人文化宫）',
    '智慧岛产业园',
    '中食数联项目',
    '大数据创业创新产业中心',
    '知名企业总部基地',
    '电商直播基地',
    '平漯周高铁',
    'S510',
    '建业西城智慧港',
    '军转站大厦',
    '鲁明中心',
    '玥塘府',
    '万达广场',
    '企业总部港',
    '中国食品数字产业园区',
    '智慧物流产业园',
    '中国食品数字经济总部平台',
    '金大地氟硅新材料研究院',
    '人力资源服务园',
    '金融保险产业园',
    '漯河智慧岛',
    '上海交通大学设计研究总院',
    '百城建设提质工程',
    '长江路路灯',
    '文旅项目（奥特莱斯段）',
    '闽商大厦',
    '月湾湖社区',
    '全市幸福社区样板',
    '雨露计划',
    '漯河城市经济核心区',
    '邮储银行',
    '沁源和',
    '平安建设优秀县',
  ],
}

export interface Uncovered {
  doc: 'xicheng-2021' | 'xicheng-2023'
  kind: '数字' | '名称'
  text: string
}

/** True when `figure` occurs in `haystack` not glued to a longer number (so 10亿元 is not found inside 110亿元). */
export function showsFigure(haystack: string, figure: string): boolean {
  let from = 0
  for (;;) {
    const at = haystack.indexOf(figure, from)
    if (at < 0) return false
    if (!/[\d.]/u.test(haystack[at - 1] ?? '')) return true
    from = at + 1
  }
}

/**
 * What the sources state that no content item shows. `contentStrings` are every string of the bundled content (item
 * text and quotes); `ignore` lists source text that is not a fact (each entry commented where it is kept).
 */
export function findUncovered(
  sources: Record<'xicheng-2021' | 'xicheng-2023', string>,
  contentStrings: readonly string[],
  ignore: readonly string[] = [],
): Uncovered[] {
  const shown = contentStrings.map(squashWhitespace).join('\n')
  const skip = new Set(ignore)
  const docs = Object.keys(sources) as (keyof typeof sources)[]
  return docs.flatMap((doc) => [
    ...extractFigures(sources[doc])
      .filter((f) => !skip.has(f) && !showsFigure(shown, f))
      .map((text) => ({ doc, kind: '数字' as const, text })),
    ...SOURCE_NAMES[doc]
      .filter((n) => !skip.has(n) && !shown.includes(squashWhitespace(n)))
      .map((text) => ({ doc, kind: '名称' as const, text })),
  ])
}

/** Every string anywhere in a JSON value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

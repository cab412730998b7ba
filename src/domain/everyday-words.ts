// The one maintained list of everyday words residents type (医保, 停水, 路灯坏了, 小事快办 …) and where each leads: a
// guide, the guides of a life-event category, a hotline, or one of the app's own features. Only to what is about it.
import { ELDER_MODE_WORDS } from './theme'

/** The app's own features a word can lead to. */
export type FeatureId = 'report' | 'messages' | 'saved' | 'hotlines' | 'community' | 'privacy' | 'elder-mode'

export type EverydayTarget =
  | { kind: 'guide'; id: string }
  /** Every guide filed under this life-event category (services.json id). */
  | { kind: 'category'; id: string }
  | { kind: 'hotline'; number: string }
  | { kind: 'feature'; id: FeatureId }

export interface EverydayWordEntry {
  words: readonly string[]
  targets: readonly EverydayTarget[]
}

const guide = (id: string): EverydayTarget => ({ kind: 'guide', id })
const category = (id: string): EverydayTarget => ({ kind: 'category', id })
const hotline = (number: string): EverydayTarget => ({ kind: 'hotline', number })
const feature = (id: FeatureId): EverydayTarget => ({ kind: 'feature', id })

/**
 * Where the sources say nothing about a topic (医保, 低保, 户口, 停水 …), the word leads to the national hotline whose
 * stated purpose covers it (12345: 咨询政务服务办事事项，反映诉求; 12333: 社保、就业), never to an unrelated guide.
 */
export const EVERYDAY_WORDS: readonly EverydayWordEntry[] = [
  { words: ['医保', '报销'], targets: [hotline('12345')] },
  { words: ['社保', '养老保险', '养老金', '退休', '工资'], targets: [hotline('12333')] },
  { words: ['养老', '敬老'], targets: [hotline('12333'), hotline('12345')] },
  { words: ['低保', '救助'], targets: [hotline('12345')] },
  { words: ['户口', '身份证'], targets: [hotline('12345')] },
  { words: ['停水', '停电', '没水', '水管'], targets: [hotline('12345'), feature('report')] },
  { words: ['供暖', '暖气', '取暖', '供热'], targets: [guide('utilities-heating')] },
  { words: ['报修', '维修', '坏了', '反映问题', '报告问题'], targets: [feature('report')] },
  { words: ['路灯坏了', '路灯不亮', '路灯'], targets: [guide('transport-streetlights'), feature('report')] },
  { words: ['垃圾', '卫生', '脏乱'], targets: [feature('report')] },
  { words: ['噪音', '噪声', '扰民'], targets: [feature('report'), hotline('12369')] },
  { words: ['停车', '车位', '停车位'], targets: [guide('transport-parking')] },
  { words: ['乱停车', '占道'], targets: [feature('report'), guide('transport-parking')] },
  { words: ['找工作', '就业', '失业', '招聘'], targets: [category('employment'), hotline('12333')] },
  { words: ['居委会', '社区', '居委'], targets: [guide('community-yuewanhu'), feature('community')] },
  { words: ['通知', '公告', '社区通知'], targets: [feature('community')] },
  { words: ['小事快办', '快办'], targets: [feature('report')] },
  { words: ['消息', '我的消息', '回复', '进度'], targets: [feature('messages')] },
  { words: ['收藏', '我的收藏', '最近浏览'], targets: [feature('saved')] },
  { words: ['热线', '电话', '号码', '打电话', '全部热线'], targets: [feature('hotlines')] },
  { words: ['隐私', '个人信息'], targets: [feature('privacy')] },
  { words: ['法律', '律师', '法律援助'], targets: [hotline('12348')] },
  { words: ['急救', '救护车'], targets: [hotline('120')] },
  { words: ['着火', '火灾', '失火'], targets: [hotline('119')] },
  { words: ['车祸', '撞车'], targets: [hotline('122')] },
  { words: ['污染', '排污'], targets: [hotline('12369')] },
  { words: ELDER_MODE_WORDS, targets: [feature('elder-mode')] },
]

/**
 * Everyday words expanded to the words the content itself uses: a query for 看病 also searches 医疗, 医院 (search.ts).
 */
export const CONTENT_SYNONYMS: Record<string, string[]> = {
  供暖: ['供热'],
  暖气: ['供热'],
  找工作: ['就业', '人力资源'],
  工作: ['就业'],
  看病: ['医疗', '医院'],
  医院: ['医疗'],
  上学: ['教育', '学校', '高中'],
  停车位: ['停车'],
  车位: ['停车'],
  办事: ['政务服务'],
  投诉: ['12345', '12315'],
  收房: ['交房', '住房'],
  房子: ['住房'],
  环保: ['生态环境'],
  空气: ['生态环境', '优良天数'],
  老人: ['一老', '养老'],
  孩子: ['一小'],
}

/** How a navigable feature shows as a search result: its title and the line under it. */
export const FEATURE_RESULTS: Record<Exclude<FeatureId, 'elder-mode'>, { title: string; detail: string }> = {
  report: { title: '小事快办：报告身边的小问题', detail: '路灯、垃圾、噪音、报修等，社区工作人员处理' },
  messages: { title: '我的消息', detail: '我报告的问题和社区的回复' },
  saved: { title: '我的收藏', detail: '在民生页，收藏和最近看过的办事指南' },
  hotlines: { title: '全部便民热线', detail: '拨打或复制号码' },
  community: { title: '月湾湖社区', detail: '社区通知、小事快办、我的消息' },
  privacy: { title: '隐私政策', detail: '报告问题时保留哪些信息' },
}

/** Words whose entries lead to the target, as `matches` decides (e.g. a guide, or its category). */
function wordsFor(matches: (t: EverydayTarget) => boolean): string[] {
  return [...new Set(EVERYDAY_WORDS.filter((e) => e.targets.some(matches)).flatMap((e) => e.words))]
}

/** Everyday words that find a guide: those naming it, or the category it is filed under. */
export function wordsForGuide(id: string, categoryId: string): string[] {
  return wordsFor((t) => (t.kind === 'guide' && t.id === id) || (t.kind === 'category' && t.id === categoryId))
}

export function wordsForHotline(number: string): string[] {
  return wordsFor((t) => t.kind === 'hotline' && t.number === number)
}

export function wordsForFeature(id: FeatureId): string[] {
  return wordsFor((t) => t.kind === 'feature' && t.id === id)
}

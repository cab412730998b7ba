// zod schemas for every bundled content file: the content check validates with them at build time; types for the app.
import { z } from 'zod'
import { FACILITY_KEYS, type FacilityKey } from './facilities'
import { NATIONAL_HOTLINES, type NationalHotlineNumber } from './national-hotlines'
import { openingHoursSchema } from './opening-hours-schema'

const sourceDocIdSchema = z.enum(['xicheng-2021', 'xicheng-2023', 'national'])

const sourceSchema = z.object({
  doc: sourceDocIdSchema,
  quote: z.string().min(2, '引文至少 2 个字'),
})

const id = z.string().regex(/^[a-z0-9-]+$/, 'id 只能用小写字母、数字和连字符')
const sources = z.array(sourceSchema).min(1, '至少一条来源')
const nonEmpty = z.string().trim().min(1, '不能为空')

const yearSchema = z.union([z.literal(2021), z.literal(2023)])

const newsArticleSchema = z.object({
  id,
  year: yearSchema,
  theme: nonEmpty,
  title: nonEmpty.max(30, '标题不超过 30 字'),
  summary: nonEmpty.max(80, '摘要不超过 80 字'),
  body: z.array(nonEmpty).min(1, '正文至少一段'),
  tags: z.array(nonEmpty),
  sources,
})

/** The groups the key-figures dashboard shows, in order. */
export const FIGURE_GROUPS = [
  '财政',
  '项目',
  '招商',
  '产业园区',
  '城市建设',
  '民生',
  '生态',
  '政务服务',
  '荣誉',
] as const

const keyFigureSchema = z.object({
  id,
  label: nonEmpty.max(16, '指标名不超过 16 字'),
  /** The number exactly as the source writes it (e.g. 51593 for 51593万元). */
  value: z.number().nonnegative('数值不能为负'),
  unit: z.string().max(8, '单位不超过 8 个字'),
  /** Qualifier the source puts on the number, e.g. 余, 多, 以下, 超. */
  qualifier: z.enum(['', '余', '多', '以下', '超', '约']).default(''),
  year: yearSchema,
  group: z.enum(FIGURE_GROUPS),
  /** Change as the source states it, e.g. 同比增长34.2%; null when it gives none. */
  change: z.string().nullable(),
  /** Figures with the same key measure the same thing in 2021 and 2023 and may be compared. */
  compareKey: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
  articleId: id,
  source: sourceSchema,
})

const milestoneSchema = z.object({
  id,
  year: yearSchema,
  title: nonEmpty.max(24, '里程碑标题不超过 24 字'),
  detail: nonEmpty.max(60, '说明不超过 60 字'),
  articleId: id,
  source: sourceSchema,
})

/** A fact about the district that a service category or the community page shows. */
const factSchema = z.object({
  text: nonEmpty,
  source: sourceSchema,
})

const serviceCategorySchema = z.object({
  id,
  name: nonEmpty,
  summary: nonEmpty,
  facts: z.array(factSchema).min(1, '至少一条事实'),
})

const nationalNumbers = Object.keys(NATIONAL_HOTLINES) as [NationalHotlineNumber, ...NationalHotlineNumber[]]
/** Something the sources do not say stays null and shows as 待核实. */
const unknownOr = <T extends z.ZodTypeAny>(schema: T) => schema.nullable()

/** How to get one thing done: every field the sources do not give is null (shown as 待核实, call 12345). */
const guideCardSchema = z.object({
  id,
  name: nonEmpty.max(20, '事项名称不超过 20 字'),
  categoryId: id,
  what: nonEmpty,
  whoCanApply: unknownOr(nonEmpty),
  where: unknownOr(nonEmpty),
  hours: unknownOr(nonEmpty),
  materials: unknownOr(z.array(nonEmpty).min(1)),
  steps: unknownOr(z.array(nonEmpty).min(1)),
  timeLimit: unknownOr(nonEmpty),
  fee: unknownOr(nonEmpty),
  /** What the sources say about doing it online, in their words. */
  online: unknownOr(nonEmpty),
  /** Only a national hotline may be given; local numbers are never guessed. */
  phone: unknownOr(z.enum(nationalNumbers, { errorMap: () => ({ message: '只允许全国统一热线号码' }) })),
  /** The day this card was last checked against its sources (YYYY-MM-DD). */
  lastVerified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  sources,
})

const hotlineSchema = z.object({
  id,
  number: z.string().regex(/^\d{3,5}$/, '热线号码应为 3–5 位数字'),
  name: nonEmpty,
  purpose: nonEmpty,
  source: sourceSchema,
})

const facilityStateSchema = z.enum(['present', 'absent', 'unknown'])
type FacilityState = typeof facilityStateSchema
const facilitiesSchema = z.object(
  Object.fromEntries(FACILITY_KEYS.map((key) => [key, facilityStateSchema])) as Record<FacilityKey, FacilityState>,
)

/**
 * What is worth seeing in which months. These are general seasonal rules (一般规律) about plants and weather,
 * never a park's own schedule, so they carry no source quote; the app always labels them 一般规律.
 */
export const seasonTipSchema = z.object({
  id,
  months: z.array(z.number().int().min(1).max(12)).min(1),
  title: nonEmpty.max(12, '标题不超过 12 字'),
  note: nonEmpty.max(80, '说明不超过 80 字'),
  parkIds: z.array(id).min(1),
  basis: z.literal('一般规律'),
})

export const parkSchema = z.object({
  id,
  name: nonEmpty,
  /** 规划区 is a planning goal the sources name, not a place to visit: the app says so and offers no visit. */
  kind: z.enum(['湿地公园', '主题园', '绿道', '花海', '规划区', '社区']),
  summary: nonEmpty,
  highlights: z.array(nonEmpty),
  facilities: facilitiesSchema,
  /** Opening hours (see domain/open-status.ts); null = unknown, shown as 以现场公示为准. */
  hours: openingHoursSchema.nullable(),
  /** Coordinates; null until a source verifies them. */
  location: z.null(),
  sources,
})

export const communitySchema = z.object({
  id,
  name: nonEmpty,
  summary: nonEmpty,
  facts: z.array(factSchema).min(1, '至少一条事实'),
  /** 办事指南 (guides.json ids) the community page links to. */
  guideIds: z.array(id),
  /** 要闻 articles (news.json ids) the community page links to. */
  articleIds: z.array(id),
})

export type Source = z.infer<typeof sourceSchema>
export type NewsArticle = z.infer<typeof newsArticleSchema>
/** What the 要闻 list shows of an article (services/content/news.ts): no body, and of its sources only which review. */
export type NewsListItem = Pick<NewsArticle, 'id' | 'year' | 'theme' | 'title' | 'summary'> & {
  sources: Pick<Source, 'doc'>[]
}
export type KeyFigure = z.infer<typeof keyFigureSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Fact = z.infer<typeof factSchema>
export type ServiceCategory = z.infer<typeof serviceCategorySchema>
export type GuideCard = z.infer<typeof guideCardSchema>
/** What the tabs list of a guide (services/content/guides.ts): its name and where it is filed. */
export type GuideListItem = Pick<GuideCard, 'id' | 'name' | 'categoryId'>
export type Hotline = z.infer<typeof hotlineSchema>
export type SeasonTip = z.infer<typeof seasonTipSchema>
export type Park = z.infer<typeof parkSchema>
export type Community = z.infer<typeof communitySchema>

/**
 * Each bundled content file and the schema of its items. Every text field that states a fact is a claim the content
 * check holds to its quotes (content-check.ts, claimsOf): the item's own `source`/`sources`, or for a category's or
 * the community's `summary` the quotes of its facts; its figures (digits with a unit) and years must be in them.
 * Text from no source must be labelled by its schema (season tips: `basis: '一般规律'`, which the app shows). Items
 * are strict, so a field no rule covers (like the old park `activities`) fails instead of slipping through.
 */
export const CONTENT_FILES = {
  'news.json': z.array(newsArticleSchema.strict()),
  'figures.json': z.array(keyFigureSchema.strict()),
  'timeline.json': z.array(milestoneSchema.strict()),
  'services.json': z.array(serviceCategorySchema.strict()),
  'guides.json': z.array(guideCardSchema.strict()),
  'hotlines.json': z.array(hotlineSchema.strict()),
  'parks.json': z.array(parkSchema.strict()),
  'seasons.json': z.array(seasonTipSchema.strict()),
  'community.json': z.array(communitySchema.strict()),
} as const

export type ContentFileName = keyof typeof CONTENT_FILES

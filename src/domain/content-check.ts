// Checks bundled content: schema, unique ids, that every quote occurs in its source and that each claim's figures and
// years are in the quotes it cites.
import type { ZodIssue } from 'zod'
import { CONTENT_FILES, type ContentFileName } from './content-schema'
import { isNationalQuote } from './national-hotlines'
import { extractFigures, hanNumeralsToDigits } from './source-coverage'
import { quoteOccursIn, squashWhitespace, SOURCE_DOCS, type SourceDocId } from './source'

export interface ContentProblem {
  file: string
  itemId: string
  field: string
  message: string
}

export type SourceTexts = Record<Exclude<SourceDocId, 'national'>, string>

type Json = unknown

function itemIdAt(data: Json, index: number | string | undefined): string {
  if (!Array.isArray(data) || typeof index !== 'number') return '(文件)'
  const item: unknown = data[index]
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id
  return `#${index}`
}

function fromZodIssue(file: string, data: Json, issue: ZodIssue): ContentProblem {
  const [index, ...rest] = issue.path
  const itemId = itemIdAt(data, index)
  if (issue.code === 'unrecognized_keys') {
    const field = [...rest, issue.keys.join('、')].join('.')
    return { file, itemId, field, message: '未知字段：说事实的字段须有来源引文，或在 schema 中标明是一般建议' }
  }
  return { file, itemId, field: rest.join('.') || '(整项)', message: issue.message }
}

/** Walks any JSON value and yields every { doc, quote } object with its dotted path. */
function* sourcesIn(value: Json, path: string[] = []): Generator<{ path: string[]; doc: string; quote: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* sourcesIn(v, [...path, String(i)])
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, Json>
    if (typeof record.doc === 'string' && typeof record.quote === 'string') {
      yield { path, doc: record.doc, quote: record.quote }
      return
    }
    for (const [k, v] of Object.entries(record)) yield* sourcesIn(v, [...path, k])
  }
}

function checkQuotes(file: string, items: Json[], texts: SourceTexts): ContentProblem[] {
  const problems: ContentProblem[] = []
  items.forEach((item, index) => {
    for (const { path, doc, quote } of sourcesIn(item)) {
      const field = [...path, 'quote'].join('.')
      const itemId = itemIdAt(items, index)
      if (doc === 'national') {
        if (!isNationalQuote(quote)) {
          problems.push({ file, itemId, field, message: `"${quote}" 不是允许的全国统一热线` })
        }
      } else if (!quoteOccursIn(quote, texts[doc as keyof SourceTexts] ?? '')) {
        problems.push({ file, itemId, field, message: `引文在 ${doc} 中找不到："${quote}"` })
      }
    }
  })
  return problems
}

function checkUniqueIds(file: string, items: Json[]): ContentProblem[] {
  const seen = new Set<string>()
  const problems: ContentProblem[] = []
  items.forEach((_item, index) => {
    const itemId = itemIdAt(items, index)
    if (seen.has(itemId)) problems.push({ file, itemId, field: 'id', message: 'id 重复' })
    seen.add(itemId)
  })
  return problems
}

interface Quoted {
  doc: string
  quote: string
}
type Item = Record<string, Json>

/** A claim: one text field of an item and the quotes that must support it. */
interface Claim {
  field: string
  text: string
  quotes: Quoted[]
  /** The item has no `year` of its own, so a figure in this text must name its year. */
  needsYear?: boolean
}

const asSources = (value: Json): Quoted[] =>
  Array.isArray(value) ? (value as Quoted[]) : value ? [value as Quoted] : []
const textsAt = (item: Item, field: string): { field: string; text: string }[] => {
  const value = item[field]
  if (typeof value === 'string') return [{ field, text: value }]
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => (typeof v === 'string' ? [{ field: `${field}.${i}`, text: v }] : []))
  }
  return []
}

/** Every fact ({ text, source }) in an item, with its path. */
function factClaims(item: Item): Claim[] {
  const facts = Array.isArray(item.facts) ? (item.facts as Item[]) : []
  return facts.map((f, i) => ({ field: `facts.${i}.text`, text: String(f.text), quotes: asSources(f.source) }))
}

/**
 * The text fields of each file that state facts, and the quotes that support them: an item's own `sources`, or for a
 * category or community summary the quotes of its facts. Season tips are not here: the schema labels them 一般规律.
 * National hotlines state only the allowed national facts.
 */
function claimsOf(file: ContentFileName, item: Item): Claim[] {
  const claims = claimsIn(file, item)
  return typeof item.year === 'number' ? claims : claims.map((c) => ({ ...c, needsYear: true }))
}

function claimsIn(file: ContentFileName, item: Item): Claim[] {
  const own = (fields: string[], quotes: Quoted[]) =>
    fields.flatMap((f) => textsAt(item, f)).map((t) => ({ ...t, quotes }))
  const sources = asSources(item.sources ?? item.source)
  switch (file) {
    case 'news.json':
      return own(['title', 'summary', 'body'], sources)
    case 'timeline.json':
      return own(['title', 'detail'], sources)
    case 'figures.json':
      return own(['label', 'change'], sources)
    case 'guides.json':
      return own(
        ['name', 'what', 'whoCanApply', 'where', 'hours', 'materials', 'steps', 'timeLimit', 'fee', 'online'],
        sources,
      )
    case 'parks.json':
      return own(['name', 'summary', 'highlights'], sources)
    case 'services.json':
    case 'community.json': {
      const facts = factClaims(item)
      return [
        ...own(
          ['summary'],
          facts.flatMap((f) => f.quotes),
        ),
        ...facts,
      ]
    }
    default:
      return []
  }
}

const YEAR = /(?:19|20)\d\d(?=年)/gu
const HAS_YEAR = /(?:19|20)\d\d年/u

/** A claim's figures (digits with a unit) must occur in its quotes; a year it names must be its quotes' year. */
function checkClaim(claim: Claim): string[] {
  const quoted = claim.quotes.map((q) => squashWhitespace(q.quote)).join('\n')
  const figures = extractFigures(claim.text, { han: false })
  const problems = figures
    .filter((figure) => !quoted.includes(figure))
    .map((figure) => `"${figure}" 不在所引原文中：数字和单位须与来源一致`)
  if (claim.needsYear && figures.length > 0 && !HAS_YEAR.test(claim.text)) {
    problems.push(`"${figures[0]}" 没有年份：写明是哪一年的数字（如 2023年）`)
  }
  const quoteYears = new Set<string>(
    claim.quotes.map((q) => String(SOURCE_DOCS[q.doc as SourceDocId]?.year ?? '')).filter(Boolean),
  )
  for (const year of new Set(squashWhitespace(claim.text).match(YEAR) ?? [])) {
    if (!quoteYears.has(year) && !quoted.includes(`${year}年`)) {
      problems.push(`写了 ${year}年，但所引来源不是 ${year} 年的回顾`)
    }
  }
  return problems
}

/** An item's `year` (news, figures, milestones) must be the year of a review it cites. */
function checkItemYear(item: Item): string[] {
  if (typeof item.year !== 'number') return []
  const years: unknown[] = asSources(item.sources ?? item.source).map((q) => SOURCE_DOCS[q.doc as SourceDocId]?.year)
  return years.includes(item.year) ? [] : [`年份 ${item.year} 与所引来源的年份不符`]
}

function checkClaims(file: ContentFileName, items: Json[]): ContentProblem[] {
  return items.flatMap((item, index) => {
    const itemId = itemIdAt(items, index)
    return [
      ...checkItemYear(item as Item).map((message) => ({ file, itemId, field: 'year', message })),
      ...claimsOf(file, item as Item).flatMap((claim) =>
        checkClaim(claim).map((message) => ({ file, itemId, field: claim.field, message })),
      ),
    ]
  })
}

/** A key figure's number and unit must both be in its quote (51593 and 万元 in "…完成51593万元…"). */
function checkFigureValues(file: ContentFileName, items: Json[]): ContentProblem[] {
  if (file !== 'figures.json') return []
  return items.flatMap((item, index) => {
    const { value, unit, source } = item as { value: number; unit: string; source: Quoted }
    // The qualifier may sit between number and unit (7.4亿多元, 1.2万余人); the source may write 二十多项.
    const quote = hanNumeralsToDigits(squashWhitespace(source.quote)).replace(/[余多]/gu, '')
    if (quote.includes(`${value}${unit}`)) return []
    return [{ file, itemId: itemIdAt(items, index), field: 'value', message: `${value}${unit} 不在所引原文中` }]
  })
}

/** Checks one content file's parsed JSON; returns every problem found (empty when the file is good). */
export function checkContentFile(file: ContentFileName, data: Json, texts: SourceTexts): ContentProblem[] {
  const parsed = CONTENT_FILES[file].safeParse(data)
  if (!parsed.success) return parsed.error.issues.map((issue) => fromZodIssue(file, data, issue))
  const items = data as Json[]
  return [
    ...checkUniqueIds(file, items),
    ...checkQuotes(file, items, texts),
    ...checkClaims(file, items),
    ...checkFigureValues(file, items),
  ]
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file} › ${p.itemId} › ${p.field}: ${p.message}`
}

/** Fields that link an item to an item of another file. */
const LINKS: { file: ContentFileName; field: string; target: ContentFileName }[] = [
  { file: 'figures.json', field: 'articleId', target: 'news.json' },
  { file: 'timeline.json', field: 'articleId', target: 'news.json' },
  { file: 'guides.json', field: 'categoryId', target: 'services.json' },
  { file: 'seasons.json', field: 'parkIds', target: 'parks.json' },
  { file: 'community.json', field: 'guideIds', target: 'guides.json' },
  { file: 'community.json', field: 'articleIds', target: 'news.json' },
]

function idsIn(data: unknown): Set<unknown> {
  return new Set(Array.isArray(data) ? data.map((item: { id?: unknown }) => item.id) : [])
}

/** Checks links between files: every articleId, categoryId, parkIds, guideIds entry names an item of its target file. */
export function checkReferences(files: Partial<Record<ContentFileName, unknown>>): ContentProblem[] {
  return LINKS.flatMap(({ file, field, target }) => {
    const items = files[file]
    if (!Array.isArray(items)) return []
    const targetIds = idsIn(files[target])
    return items.flatMap((item: Record<string, unknown>, index) => {
      const linked = Array.isArray(item[field]) ? (item[field] as unknown[]) : [item[field]]
      return linked
        .filter((value) => !targetIds.has(value))
        .map((value) => ({
          file,
          itemId: itemIdAt(items, index),
          field,
          message: `${target} 中没有 "${String(value)}"`,
        }))
    })
  })
}

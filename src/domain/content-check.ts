// Checks bundled content: schema, unique ids and that every quote occurs in the source it names.
import type { ZodIssue } from 'zod'
import { CONTENT_FILES, type ContentFileName } from './content-schema'
import { isNationalQuote } from './national-hotlines'
import { quoteOccursIn, type SourceDocId } from './source'

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
  return { file, itemId: itemIdAt(data, index), field: rest.join('.') || '(整项)', message: issue.message }
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

/** Checks one content file's parsed JSON; returns every problem found (empty when the file is good). */
export function checkContentFile(file: ContentFileName, data: Json, texts: SourceTexts): ContentProblem[] {
  const parsed = CONTENT_FILES[file].safeParse(data)
  if (!parsed.success) return parsed.error.issues.map((issue) => fromZodIssue(file, data, issue))
  const items = data as Json[]
  return [...checkUniqueIds(file, items), ...checkQuotes(file, items, texts)]
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

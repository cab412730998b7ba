// Search across the app's content: matches 汉字, full pinyin and initials, knows common synonyms, forgives one typo,
// ranks exact > prefix > contains > fuzzy, and says which characters of the title matched (for highlighting).
import { CONTENT_SYNONYMS } from './everyday-words'
import { charAt, normalize, spell, withinOneEdit, type Spelled } from './spelling'

export interface SearchDoc<K extends string = string> {
  id: string
  kind: K
  title: string
  /** Other words people may search by: category names, tags, hotline numbers. */
  keywords?: string[]
  /** A short line shown under the title in results (not searched). */
  detail?: string
}

export type MatchLevel = 'exact' | 'prefix' | 'contains' | 'fuzzy'

export interface SearchHit<K extends string = string> {
  doc: SearchDoc<K>
  score: number
  level: MatchLevel
  /** Characters [start, end) of the title that matched; null when only a keyword matched. */
  highlight: { start: number; end: number } | null
}

/** Everyday words people type, mapped to the words the content uses (kept with the word list). */
export const SYNONYMS: Record<string, string[]> = CONTENT_SYNONYMS

const LEVEL_SCORE: Record<MatchLevel, number> = { exact: 100, prefix: 80, contains: 60, fuzzy: 30 }
const TITLE_WEIGHT = 1
const KEYWORD_WEIGHT = 0.8

interface IndexedDoc<K extends string> {
  doc: SearchDoc<K>
  title: Spelled
  keywords: Spelled[]
}

export interface SearchIndex<K extends string = string> {
  docs: IndexedDoc<K>[]
}

export function buildSearchIndex<K extends string>(docs: readonly SearchDoc<K>[]): SearchIndex<K> {
  return { docs: docs.map((doc) => ({ doc, title: spell(doc.title), keywords: (doc.keywords ?? []).map(spell) })) }
}

interface FieldMatch {
  level: MatchLevel
  start: number
  end: number
}

/** Best match of a query in one spelled string, with the matched character range. */
function matchSpelled(query: string, s: Spelled): FieldMatch | null {
  const byChars = (index: number, length: number, whole: string): FieldMatch => ({
    level: index === 0 ? (length === whole.length ? 'exact' : 'prefix') : 'contains',
    start: index,
    end: index + length,
  })
  const inText = s.text.indexOf(query)
  if (inText >= 0) return byChars(inText, query.length, s.text)
  if (!/^[a-z]+$/.test(query)) return null
  const inInitials = s.initials.indexOf(query)
  if (inInitials >= 0 && query.length >= 2) return byChars(inInitials, query.length, s.initials)
  const inFull = s.full.indexOf(query)
  if (inFull >= 0 && s.fullStarts.includes(inFull)) {
    const start = charAt(s.fullStarts, inFull)
    const end = charAt(s.fullStarts, inFull + query.length - 1) + 1
    const level: MatchLevel = inFull === 0 ? (query.length === s.full.length ? 'exact' : 'prefix') : 'contains'
    return { level, start, end }
  }
  if (query.length >= 4) {
    for (let from = 0; from < s.fullStarts.length; from++) {
      for (const len of [query.length - 1, query.length, query.length + 1]) {
        const candidate = s.full.substr(s.fullStarts[from], len)
        if (candidate.length === len && withinOneEdit(query, candidate)) {
          return { level: 'fuzzy', start: from, end: charAt(s.fullStarts, s.fullStarts[from] + len - 1) + 1 }
        }
      }
    }
  }
  return null
}

function scoreDoc<K extends string>(query: string, entry: IndexedDoc<K>): SearchHit<K> | null {
  const title = matchSpelled(query, entry.title)
  let best: SearchHit<K> | null = title
    ? {
        doc: entry.doc,
        score: LEVEL_SCORE[title.level] * TITLE_WEIGHT,
        level: title.level,
        highlight: { start: title.start, end: title.end },
      }
    : null
  for (const keyword of entry.keywords) {
    const m = matchSpelled(query, keyword)
    if (m && (!best || LEVEL_SCORE[m.level] * KEYWORD_WEIGHT > best.score)) {
      // A better keyword match ranks the doc, but the title still shows what matched in it.
      const highlight = best?.highlight ?? null
      best = { doc: entry.doc, score: LEVEL_SCORE[m.level] * KEYWORD_WEIGHT, level: m.level, highlight }
    }
  }
  return best
}

let synonymSpellings: { spelled: Spelled; targets: string[] }[] | null = null

/** Synonym words typed as 汉字, full pinyin (gongnuan) or initials (gn) all count. */
function synonymsFor(query: string): string[] {
  synonymSpellings ??= Object.entries(SYNONYMS).map(([word, targets]) => ({ spelled: spell(word), targets }))
  return synonymSpellings
    .filter(({ spelled }) => [spelled.text, spelled.full, spelled.initials].includes(query))
    .flatMap(({ targets }) => targets.map(normalize))
}

/** The query and the content words its everyday synonyms stand for. */
export function expandQuery(raw: string): string[] {
  const query = normalize(raw)
  return query ? [query, ...new Set(synonymsFor(query))] : []
}

/** Ranked hits for a query: best score first, then shorter titles; synonym hits rank just below direct ones. */
export function search<K extends string>(index: SearchIndex<K>, raw: string, limit = 50): SearchHit<K>[] {
  const [query, ...synonyms] = expandQuery(raw)
  if (!query) return []
  const hits: SearchHit<K>[] = []
  for (const entry of index.docs) {
    let best = scoreDoc(query, entry)
    for (const synonym of synonyms) {
      const hit = scoreDoc(synonym, entry)
      if (!hit) continue
      // The best match ranks the doc; the title shows the first match found in it, even if a keyword ranked higher.
      if (!best || hit.score - 1 > best.score) {
        best = { ...hit, score: hit.score - 1, highlight: best?.highlight ?? hit.highlight }
      } else if (!best.highlight && hit.highlight) {
        best = { ...best, highlight: hit.highlight }
      }
    }
    if (best) hits.push(best)
  }
  return hits.sort((a, b) => b.score - a.score || a.doc.title.length - b.doc.title.length).slice(0, limit)
}

/** Spellings of feature words, kept once computed (the words are constants). */
const wordSpellings = new Map<string, Spelled>()

/**
 * True when the query asks for one of `words`: it contains the word, its full pinyin (zhangbeiban), or is exactly its
 * initials (zbb). Used for words that name a feature rather than content, such as 长辈版.
 */
export function mentionsAnyWord(raw: string, words: readonly string[]): boolean {
  const query = normalize(raw)
  if (!query) return false
  return words.some((word) => {
    let s = wordSpellings.get(word)
    if (!s) wordSpellings.set(word, (s = spell(word)))
    return query.includes(s.text) || query.includes(s.full) || (s.initials.length >= 2 && query === s.initials)
  })
}

/** Splits a title into the parts before, inside and after the highlight, for rendering. */
export function splitHighlight(title: string, highlight: SearchHit['highlight']): [string, string, string] {
  if (!highlight) return [title, '', '']
  return [title.slice(0, highlight.start), title.slice(highlight.start, highlight.end), title.slice(highlight.end)]
}

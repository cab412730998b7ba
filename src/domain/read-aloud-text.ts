// What 读给我听 reads on the article, guide, park and notice pages (the text they show), cut into sentence chunks.
import { FACILITY_KEYS, FACILITY_LABELS } from './facilities'
import { describeHours } from './opening-hours-text'
import { shownValueText, type MergedField, type MergedPark } from './verified-merge'

/**
 * Longest chunk spoken as one utterance, in characters. Chrome's Web Speech stops an utterance after about 15 s, and
 * Chinese is read at about 4–5 characters a second; WeChat's textToSpeech also limits its text.
 */
export const CHUNK_MAX = 50

const END = /[。！？；!?;…]$/
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;…」”’）)]*/g
const CLAUSE = /[^，、：,:]+[，、：,:]*/g

/** The lines as one text, each ended with 。 unless it already ends a sentence; empty lines are left out. */
export function readingText(lines: readonly (string | null | undefined | false)[]): string {
  return lines
    .map((line) => (line || '').trim())
    .filter(Boolean)
    .map((line) => (END.test(line) ? line : `${line}。`))
    .join('\n')
}

/** Cuts a sentence longer than `max` at its commas, and a clause still longer at `max` characters. */
function cutLong(sentence: string, max: number): string[] {
  const chunks: string[] = []
  let current = ''
  for (const clause of sentence.match(CLAUSE) ?? []) {
    if (current && current.length + clause.length > max) {
      chunks.push(current)
      current = ''
    }
    current += clause
    while (current.length > max) {
      chunks.push(current.slice(0, max))
      current = current.slice(max)
    }
  }
  if (current) chunks.push(current)
  return chunks
}

/** The text in the order it is read, one sentence (。！？； or a line) per chunk, none longer than `max`. */
export function speechChunks(text: string, max = CHUNK_MAX): string[] {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s))
  return sentences.flatMap((s) => (s.length > max ? cutLong(s, max) : [s]))
}

/** A field as the page shows it: its value in words, or what an unknown value says. */
export function fieldReading(field: MergedField, unknown = '待核实'): string {
  const { value } = field
  if (!value) return unknown
  if (value.kind === 'list') return value.items.join('；')
  if (value.kind === 'opening-hours') return describeHours(value.hours, '；')
  return shownValueText(value)
}

/** An article: its title and every paragraph of the body. */
export const articleReading = (article: { title: string; body: readonly string[] }): string =>
  readingText([article.title, ...article.body])

/** A guide card: its name, what it is, and each row of the card with its label. */
export const guideReading = (
  guide: { name: string; what: string },
  rows: readonly { label: string; field: MergedField }[],
): string => readingText([guide.name, guide.what, ...rows.map((r) => `${r.label}：${fieldReading(r.field)}`)])

/** A park: name and summary, hours and address (not for a 规划区), what to see this season, and its facilities. */
export function parkReading(merged: MergedPark, season: readonly string[]): string {
  const { park } = merged
  const planned = park.kind === '规划区'
  return readingText([
    park.name,
    park.summary,
    planned && '这是规划建设目标，不是一处可以前往游览的地方',
    !planned && `${merged.hours.label}：${fieldReading(merged.hours, '以现场公示为准')}`,
    !planned && `${merged.address.label}：${fieldReading(merged.address)}`,
    ...season,
    !planned && '设施',
    ...(planned ? [] : FACILITY_KEYS.map((k) => `${FACILITY_LABELS[k]}：${fieldReading(merged.facilities[k])}`)),
  ])
}

/** A notice: its title and body (null when the body is not on this phone). */
export const noticeReading = (notice: { title: string; body: string | null }): string =>
  readingText([notice.title, notice.body])

// Text as search compares it: lower-cased without spaces, spelled three ways (汉字, full pinyin, initials) with where
// each character's pinyin starts, and the one-typo allowance.
import { pinyin } from 'pinyin-pro'

/** One searchable string in three spellings, with where each character's pinyin starts. */
export interface Spelled {
  text: string
  full: string
  initials: string
  /** fullStarts[i] = index in `full` where character i's pinyin begins. */
  fullStarts: number[]
}

export function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '')
}

export function spell(raw: string): Spelled {
  const text = normalize(raw)
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase())
  const fullStarts: number[] = []
  let full = ''
  for (const s of syllables) {
    fullStarts.push(full.length)
    full += s
  }
  return { text, full, initials: syllables.map((s) => s[0] ?? '').join(''), fullStarts }
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    )
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** The character index whose pinyin contains position `pos` of the full spelling. */
export function charAt(fullStarts: number[], pos: number): number {
  let i = 0
  while (i + 1 < fullStarts.length && fullStarts[i + 1] <= pos) i++
  return i
}

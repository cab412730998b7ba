// Where a fact comes from: the bundled source documents, quote matching and the source line (no zod: it ships in the app).

/** The documents a fact may cite: the two annual reviews (bundled texts) or a national hotline. */
export const SOURCE_DOCS = {
  'xicheng-2021': { file: 'xicheng-2021.txt', title: '西城区2021年工作回顾', year: 2021 },
  'xicheng-2023': { file: 'xicheng-2023.txt', title: '西城区2023年工作回顾', year: 2023 },
  national: { file: null, title: '全国统一服务热线', year: null },
} as const

export type SourceDocId = keyof typeof SOURCE_DOCS

/** Removes every kind of whitespace, so a quote matches text that wraps lines mid-word. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/gu, '')
}

/** True when the quote occurs in the source text, ignoring whitespace. */
export function quoteOccursIn(quote: string, sourceText: string): boolean {
  return squashWhitespace(sourceText).includes(squashWhitespace(quote))
}

/** The line shown under a fact, e.g. 来源：西城区2021年工作回顾. */
export function sourceLine(doc: SourceDocId): string {
  return `来源：${SOURCE_DOCS[doc].title}`
}

// A verified value as one line of plain text — what a worker's reply to a 信息纠错 report says it now is — for each
// value kind of verified-facts.ts.
import type { OpeningHours } from './open-status'
import { describeHours } from './opening-hours-text'
import type { FactValueKind } from './verified-facts'

/** Shown for `value: null`: the worker checked and the fact is not known. */
export const FACT_NOT_KNOWN_TEXT = '经核实暂不清楚'

/** The value (already checked against its kind's schema) as text; null → FACT_NOT_KNOWN_TEXT. */
export function factValueText(kind: FactValueKind, value: unknown): string {
  if (value === null || value === undefined) return FACT_NOT_KNOWN_TEXT
  switch (kind) {
    case 'text':
    case 'phone':
      return String(value)
    case 'list':
      return (value as string[]).join('、')
    case 'address':
      return (value as { text: string }).text
    case 'opening-hours':
      return describeHours(value as OpeningHours, '；')
    case 'facility':
      return value === 'present' ? '有' : '没有'
  }
}

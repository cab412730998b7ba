// A verified value as one line of plain text — what a worker's reply to a 信息纠错 report says it now is, and what the
// content check reads — for each value kind of verified-facts.ts.
import type { FactValueKind } from './verified-facts'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** Shown for `value: null`: the worker checked and the fact is not known. */
export const FACT_NOT_KNOWN_TEXT = '经核实暂不清楚'

type Hours =
  | { kind: 'unknown' }
  | { kind: 'always' }
  | {
      kind: 'scheduled'
      seasons: { from: string; to: string; ranges: { open: string; close: string }[] }[]
      closures: ({ date: string; reason: string } | { weekday: number; reason: string })[]
    }

function hoursText(hours: Hours): string {
  if (hours.kind === 'unknown') return '开放时间不详'
  if (hours.kind === 'always') return '全天开放'
  const seasons = hours.seasons.map(
    (s) => `${s.from}至${s.to} ${s.ranges.map((r) => `${r.open}-${r.close}`).join('、')}`,
  )
  const closures = hours.closures.map((c) => `${'date' in c ? c.date : WEEKDAYS[c.weekday]}闭园（${c.reason}）`)
  return [...seasons, ...closures].join('；')
}

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
      return hoursText(value as Hours)
    case 'facility':
      return value === 'present' ? '有' : '没有'
  }
}

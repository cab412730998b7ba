// Structured opening hours in plain words: 全天开放, or each season's days and times and the closures.
import type { OpeningHours } from './open-status'

/** Weekday names by Date#getDay() number (0 = 周日), as closures name them. */
export const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const
const monthDay = (md: string) => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`

/** One line per season and closure (`separator` '；' for a single line, as a reply or a confirmation says it). */
export function describeHours(hours: OpeningHours, separator = '\n'): string {
  if (hours.kind === 'unknown') return '以现场公示为准'
  if (hours.kind === 'always') return '全天开放'
  const seasons = hours.seasons.map((s) => {
    const times = s.ranges.map((r) => `${r.open}–${r.close}`).join('、')
    const allYear = s.from === '01-01' && s.to === '12-31'
    return allYear ? `每天 ${times}` : `${monthDay(s.from)}至${monthDay(s.to)} ${times}`
  })
  const closures = hours.closures.map((c) =>
    'date' in c ? `${c.date} 闭园（${c.reason}）` : `每${WEEKDAY_LABELS[c.weekday]}闭园（${c.reason}）`,
  )
  return [...seasons, ...closures].join(separator)
}

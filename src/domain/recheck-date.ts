// The 下次复核 date of a verified value: one rule for the desk's form and the server — a real day after today (China
// time), at most RECHECK_MAX_DAYS ahead — and the day arithmetic both use.
import { chinaDay } from './china-time'
import { RECHECK_MAX_DAYS } from './verified-facts'

const DAY_MS = 24 * 3600_000

/** `day` (YYYY-MM-DD) plus `days`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Today's date in China (YYYY-MM-DD). */
export const chinaToday = (now: Date): string => chinaDay(now.toISOString())

/** What is wrong with the re-check date, or null. */
export function recheckProblem(recheckBy: string, now: Date): string | null {
  const real = /^\d{4}-\d{2}-\d{2}$/.test(recheckBy) && !Number.isNaN(Date.parse(`${recheckBy}T00:00:00Z`))
  if (!real || addDays(recheckBy, 0) !== recheckBy) return '日期格式应为 YYYY-MM-DD，如 2027-06-01'
  const today = chinaToday(now)
  const latest = addDays(today, RECHECK_MAX_DAYS)
  if (recheckBy <= today) return '下次复核日期应在今天之后'
  if (recheckBy > latest) return `下次复核日期最晚为 ${latest}（${RECHECK_MAX_DAYS} 天内）`
  return null
}

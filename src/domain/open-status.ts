// Is a place open now? Structured opening hours (daily ranges, seasons, closures, or unknown) and a pure
// openStatus(hours, now) that never says "open" when the hours are unknown.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** Hours are local to 漯河 (China Standard Time, UTC+8, no daylight saving), whatever the device's zone. */
const LOCAL_UTC_OFFSET_MINUTES = 8 * 60

/** 'HH:mm'; a range whose close is not after its open runs past midnight. */
export interface DailyRange {
  open: string
  close: string
}

/** Ranges that apply from one month-day to another ('MM-DD', inclusive); from > to wraps over the new year. */
export interface SeasonRule {
  from: string
  to: string
  ranges: DailyRange[]
}

export type Closure = { date: string; reason: string } | { weekday: number; reason: string }

export type OpeningHours =
  { kind: 'unknown' } | { kind: 'always' } | { kind: 'scheduled'; seasons: SeasonRule[]; closures: Closure[] }

export type OpenState = 'open' | 'closing-soon' | 'closed' | 'unknown'

export interface OpenStatus {
  state: OpenState
  /** When the state next changes (closes, or opens), if known within the next week. */
  nextChange: Date | null
  /** Why it is closed today, when a closure rule says so. */
  closureReason: string | null
}

const CLOSING_SOON_MINUTES = 30
const LOOKAHEAD_DAYS = 8

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

function inSeason(day: Dayjs, season: SeasonRule): boolean {
  const md = day.format('MM-DD')
  return season.from <= season.to ? md >= season.from && md <= season.to : md >= season.from || md <= season.to
}

function closureOn(day: Dayjs, closures: Closure[]): Closure | null {
  return closures.find((c) => ('date' in c ? c.date === day.format('YYYY-MM-DD') : c.weekday === day.day())) ?? null
}

/** The opening intervals that start on `day` (a range past midnight ends the next day). */
function intervalsStarting(day: Dayjs, hours: Extract<OpeningHours, { kind: 'scheduled' }>): [Dayjs, Dayjs][] {
  if (closureOn(day, hours.closures)) return []
  const season = hours.seasons.find((s) => inSeason(day, s))
  if (!season) return []
  return season.ranges.map(({ open, close }) => {
    const start = day.add(minutesOf(open), 'minute')
    const closeMinutes = minutesOf(close)
    const end = day.add(closeMinutes <= minutesOf(open) ? closeMinutes + 24 * 60 : closeMinutes, 'minute')
    return [start, end]
  })
}

export function openStatus(hours: OpeningHours | null, nowInput: Date): OpenStatus {
  if (!hours || hours.kind === 'unknown') return { state: 'unknown', nextChange: null, closureReason: null }
  if (hours.kind === 'always') return { state: 'open', nextChange: null, closureReason: null }
  const now = dayjs(nowInput).utcOffset(LOCAL_UTC_OFFSET_MINUTES)
  const today = now.startOf('day')
  const intervals = Array.from({ length: LOOKAHEAD_DAYS + 1 }, (_, i) => today.add(i - 1, 'day'))
    .flatMap((day) => intervalsStarting(day, hours))
    .sort((a, b) => a[0].valueOf() - b[0].valueOf())
  const current = intervals.find(([start, end]) => !now.isBefore(start) && now.isBefore(end))
  if (current) {
    // Back-to-back ranges (e.g. 08:00–12:00 and 12:00–18:00) count as one stretch.
    let end = current[1]
    for (const [s, e] of intervals) if (!s.isAfter(end) && e.isAfter(end)) end = e
    const soon = end.diff(now, 'minute', true) <= CLOSING_SOON_MINUTES
    return { state: soon ? 'closing-soon' : 'open', nextChange: end.toDate(), closureReason: null }
  }
  const next = intervals.find(([start]) => start.isAfter(now))
  const closure = closureOn(today, hours.closures)
  return { state: 'closed', nextChange: next ? next[0].toDate() : null, closureReason: closure?.reason ?? null }
}

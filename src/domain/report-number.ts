// Report numbers (受理编号) such as YWH-20261201-0042: the community's code, the China-time day the report was made, and
// its place that day in that community (4 digits, more after 9,999) — one rule to format, parse and read them.
import { chinaDay } from '@/domain/china-time'

/** What the 月湾湖 community's numbers start with. */
export const DEFAULT_COMMUNITY_CODE = 'YWH'

/** A community code: 2–40 capital letters or digits. */
export const COMMUNITY_CODE_PATTERN = /^[A-Z0-9]{2,40}$/

const NUMBER_PATTERN = /^([A-Z0-9]{2,40})-(\d{4})(\d{2})(\d{2})-(\d{4,})$/

/**
 * A community's code when none is configured: 月湾湖 (yuewanhu) is YWH, any other its id in capitals without dashes.
 * The migration that added codes (0004 report_numbers) applies the same rule in SQL.
 */
export function communityCodeFromId(id: string): string {
  return id === 'yuewanhu' ? DEFAULT_COMMUNITY_CODE : id.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** The number of the `sequence`-th report (from 1) of a community on the China-time day of `createdAt`. */
export function formatReportNumber(code: string, createdAt: string, sequence: number): string {
  return `${code}-${chinaDay(createdAt).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`
}

export interface ReportNumberParts {
  code: string
  /** YYYY-MM-DD, China time. */
  day: string
  sequence: number
}

/**
 * A number as a person types or pastes it (spaces, lower case, full-width dashes and digits forgiven) → its parts,
 * or null when it is not a report number.
 */
export function parseReportNumber(text: string): ReportNumberParts | null {
  const normal = normalizeReportNumber(text)
  const m = NUMBER_PATTERN.exec(normal)
  if (!m) return null
  const [, code, y, mo, d, seq] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null
  const sequence = Number(seq)
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null
  return { code, day: `${y}-${mo}-${d}`, sequence }
}

/** The canonical spelling of what a person typed: capitals, half-width, no spaces (YWH-20261201-0042). */
export function normalizeReportNumber(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase()
}

/** What a refused number search says. */
export const REPORT_NUMBER_INVALID = '编号格式不对：应像 YWH-20261201-0042（社区代码-日期-序号）'

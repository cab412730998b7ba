// China time (UTC+8, no daylight saving) as people type and read it — "2026-05-01 09:00" — whatever the phone's zone.
const CHINA_OFFSET_MS = 8 * 3600_000

const pad = (n: number) => String(n).padStart(2, '0')

/** The wall-clock numbers in China at an instant, read through a Date's UTC getters. */
const chinaClock = (ms: number) => new Date(ms + CHINA_OFFSET_MS)

/** A time in China time, e.g. 2026-05-01 09:00. */
export function formatChinaTime(iso: string): string {
  const d = chinaClock(Date.parse(iso))
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** "2026-05-01 09:00" (China time) → ISO (UTC), or null when it is not such a time. */
export function parseChinaTime(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number)
  const ms = Date.UTC(y, mo - 1, d, h, mi) - CHINA_OFFSET_MS
  const back = chinaClock(ms)
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23) return null
  return new Date(ms).toISOString()
}

/**
 * What a date-time picker showed (year, month, day, hour, minute) as China-time text. The picker works in the phone's
 * own clock; its numbers are taken as Beijing time, whatever the phone's time zone.
 */
export function pickedTimeText(values: readonly (string | number | null)[]): string | null {
  const [y, mo, d, h, mi] = values.map(Number)
  if ([y, mo, d, h, mi].some((n) => !Number.isInteger(n))) return null
  const text = `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`
  return parseChinaTime(text) ? text : null
}

/** The picker's Date (phone clock) showing the same numbers as a China-time text; null for empty or bad text. */
export function pickerDateOf(text: string): Date | null {
  const iso = parseChinaTime(text)
  if (!iso) return null
  const t = chinaClock(Date.parse(iso))
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes())
}

/** The China-time calendar day of an instant as YYYY-MM-DD (what a report number's date is). */
export function chinaDay(iso: string): string {
  const d = chinaClock(Date.parse(iso))
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** A short China time for "as of" lines, e.g. 12月2日 14:05. */
export function formatChinaShort(iso: string): string {
  const d = chinaClock(Date.parse(iso))
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

// openStatus: open / closing soon / closed / unknown, across midnight, seasons and closures — never "open" when unknown.
import { openStatus, type OpeningHours } from '@/domain/open-status'

type Scheduled = Extract<OpeningHours, { kind: 'scheduled' }>

const at = (iso: string) => new Date(`${iso}+08:00`)
const hhmm = (d: Date | null) =>
  d
    ? d.toLocaleString('zh-CN', {
        timeZone: 'Asia/Shanghai',
        hour12: false,
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
    : null

const daily = (open: string, close: string): Scheduled => ({
  kind: 'scheduled',
  seasons: [{ from: '01-01', to: '12-31', ranges: [{ open, close }] }],
  closures: [],
})

describe('openStatus', () => {
  it('says unknown — never open — when the hours are unknown or missing', () => {
    expect(openStatus({ kind: 'unknown' }, at('2026-05-01T10:00:00')).state).toBe('unknown')
    expect(openStatus(null, at('2026-05-01T10:00:00'))).toEqual({
      state: 'unknown',
      nextChange: null,
      closureReason: null,
    })
  })

  it.each([
    ['2026-05-01T05:59:00', 'closed', '05/01 06:00'],
    ['2026-05-01T06:00:00', 'open', '05/01 22:00'],
    ['2026-05-01T21:29:00', 'open', '05/01 22:00'],
    ['2026-05-01T21:30:00', 'closing-soon', '05/01 22:00'],
    ['2026-05-01T22:00:00', 'closed', '05/02 06:00'],
  ])('a 06:00–22:00 park at %s is %s until %s', (now, state, next) => {
    const status = openStatus(daily('06:00', '22:00'), at(now))
    expect(status.state).toBe(state)
    expect(hhmm(status.nextChange)).toBe(next)
  })

  it.each([
    ['2026-05-01T23:00:00', 'open', '05/02 02:00'],
    ['2026-05-02T01:45:00', 'closing-soon', '05/02 02:00'],
    ['2026-05-02T03:00:00', 'closed', '05/02 18:00'],
  ])('a night market 18:00–02:00 at %s is %s until %s', (now, state, next) => {
    const status = openStatus(daily('18:00', '02:00'), at(now))
    expect(status.state).toBe(state)
    expect(hhmm(status.nextChange)).toBe(next)
  })

  const seasonal: OpeningHours = {
    kind: 'scheduled',
    seasons: [
      { from: '05-01', to: '09-30', ranges: [{ open: '06:00', close: '22:00' }] },
      { from: '10-01', to: '04-30', ranges: [{ open: '07:00', close: '20:00' }] },
    ],
    closures: [],
  }

  it('switches hours at a season boundary, including the winter season that wraps over the new year', () => {
    expect(openStatus(seasonal, at('2026-09-30T21:00:00')).state).toBe('open')
    expect(openStatus(seasonal, at('2026-10-01T21:00:00')).state).toBe('closed')
    expect(hhmm(openStatus(seasonal, at('2026-10-01T21:00:00')).nextChange)).toBe('10/02 07:00')
    expect(openStatus(seasonal, at('2027-01-15T19:45:00')).state).toBe('closing-soon')
    expect(hhmm(openStatus(seasonal, at('2026-04-30T21:00:00')).nextChange)).toBe('05/01 06:00')
  })

  it('is closed on a closure day, says why, and points to the next opening after it', () => {
    const hours: OpeningHours = { ...daily('06:00', '22:00'), closures: [{ weekday: 1, reason: '每周一闭园养护' }] }
    const monday = openStatus(hours, at('2026-11-23T10:00:00'))
    expect(monday).toMatchObject({ state: 'closed', closureReason: '每周一闭园养护' })
    expect(hhmm(monday.nextChange)).toBe('11/24 06:00')
    const dated: OpeningHours = { ...daily('06:00', '22:00'), closures: [{ date: '2026-12-31', reason: '设施检修' }] }
    expect(openStatus(dated, at('2026-12-31T12:00:00'))).toMatchObject({ state: 'closed', closureReason: '设施检修' })
    expect(openStatus(dated, at('2027-01-01T12:00:00')).state).toBe('open')
  })

  it('joins back-to-back ranges into one stretch, and is closed during a lunch break', () => {
    const split: OpeningHours = {
      kind: 'scheduled',
      seasons: [
        {
          from: '01-01',
          to: '12-31',
          ranges: [
            { open: '08:00', close: '12:00' },
            { open: '12:00', close: '18:00' },
          ],
        },
      ],
      closures: [],
    }
    expect(hhmm(openStatus(split, at('2026-05-01T11:50:00')).nextChange)).toBe('05/01 18:00')
    expect(openStatus(split, at('2026-05-01T11:50:00')).state).toBe('open')
    const lunch: OpeningHours = {
      kind: 'scheduled',
      seasons: [
        {
          from: '01-01',
          to: '12-31',
          ranges: [
            { open: '08:00', close: '11:30' },
            { open: '14:00', close: '18:00' },
          ],
        },
      ],
      closures: [],
    }
    expect(openStatus(lunch, at('2026-05-01T12:00:00')).state).toBe('closed')
    expect(hhmm(openStatus(lunch, at('2026-05-01T12:00:00')).nextChange)).toBe('05/01 14:00')
  })

  it('says closed with no next change when no season covers the coming week', () => {
    const summerOnly: OpeningHours = {
      kind: 'scheduled',
      seasons: [{ from: '06-01', to: '08-31', ranges: [{ open: '09:00', close: '17:00' }] }],
      closures: [],
    }
    expect(openStatus(summerOnly, at('2026-01-10T10:00:00'))).toEqual({
      state: 'closed',
      nextChange: null,
      closureReason: null,
    })
  })
})

// The verify form's draft becomes what the contract accepts: opening hours with seasons and closures, a list row by
// row, 确认未知 as null, a facility not yet chosen refused (not sent as 确认未知), and the re-check date's range.
import { openingHoursSchema } from '@/domain/opening-hours-schema'
import { RECHECK_MAX_DAYS, verifyBodySchema } from '@/domain/verified-facts'
import { validate } from '@/domain/validation'
import { addDays, chinaToday, recheckProblem } from '@/domain/recheck-date'
import { draftValue, emptyVerifyDraft, isVerifyDraft, verifyBody } from '@/domain/verify-draft'

const NOW = new Date('2026-12-01T20:00:00Z') // 2026-12-02 04:00 in China
const hoursSubject = { kind: 'park' as const, id: 'huaxi-wetland-park', field: 'hours' }

describe('the verify draft', () => {
  it('starts with the re-check date RECHECK_DEFAULT_DAYS after today in China, and is recognised when stored', () => {
    const draft = emptyVerifyDraft(NOW)
    expect(chinaToday(NOW)).toBe('2026-12-02')
    expect(draft.recheckBy).toBe('2027-05-31')
    expect(isVerifyDraft(JSON.parse(JSON.stringify(draft)))).toBe(true)
    expect(isVerifyDraft({ ...draft, method: 'guess' })).toBe(false)
  })

  it('opening hours by season with a weekly and a dated closure are hours openStatus can read', () => {
    const draft = emptyVerifyDraft(NOW)
    draft.hours = {
      mode: 'scheduled',
      seasons: [
        { from: '04-01', to: '10-31', ranges: [{ open: '06:00', close: '21:00' }] },
        { from: '11-01', to: '03-31', ranges: [{ open: '07:00', close: '18:00' }] },
      ],
      closures: [
        { by: 'weekday', weekday: 1, date: '', reason: '设施维护' },
        { by: 'date', weekday: 0, date: '2027-01-28', reason: '春节前检修' },
      ],
    }
    const value = draftValue(draft, 'opening-hours')
    expect(openingHoursSchema.safeParse(value).success).toBe(true)
    expect(value).toMatchObject({
      closures: [
        { weekday: 1, reason: '设施维护' },
        { date: '2027-01-28', reason: '春节前检修' },
      ],
    })
    draft.method = 'on-site'
    expect(validate(verifyBodySchema, verifyBody(draft, hoursSubject, 'opening-hours', { photoId: null })).ok).toBe(
      true,
    )
    expect(draftValue({ ...draft, hours: { ...draft.hours, mode: 'always' } }, 'opening-hours')).toEqual({
      kind: 'always',
    })
  })

  it('a bad time in a season is refused at that season’s range', () => {
    const draft = { ...emptyVerifyDraft(NOW), method: 'on-site' as const }
    draft.hours = {
      mode: 'scheduled',
      seasons: [{ from: '01-01', to: '12-31', ranges: [{ open: '6点', close: '21:00' }] }],
      closures: [],
    }
    const checked = validate(verifyBodySchema, verifyBody(draft, hoursSubject, 'opening-hours', { photoId: null }))
    expect(checked.ok ? {} : checked.error.fields).toEqual({ 'value.seasons.0.ranges.0.open': '时间格式应为 HH:mm' })
  })

  it('确认未知 sends null; a facility not chosen is not sent as 确认未知', () => {
    const draft = { ...emptyVerifyDraft(NOW), method: 'phone' as const }
    expect(draftValue({ ...draft, unknown: true }, 'phone')).toBeNull()
    const facility = { kind: 'park' as const, id: 'huaxi-wetland-park', field: 'facility.toilets' }
    const checked = validate(verifyBodySchema, verifyBody(draft, facility, 'facility', { photoId: null }))
    expect(checked.ok ? {} : checked.error.fields).toEqual({ value: '请选择有或没有' })
  })

  it('the re-check date must be after today and at most RECHECK_MAX_DAYS ahead', () => {
    expect(recheckProblem('2026-12-02', NOW)).toBe('下次复核日期应在今天之后')
    expect(recheckProblem('2026-12-03', NOW)).toBeNull()
    expect(recheckProblem(addDays('2026-12-02', RECHECK_MAX_DAYS), NOW)).toBeNull()
    expect(recheckProblem(addDays('2026-12-02', RECHECK_MAX_DAYS + 1), NOW)).toMatch(/^下次复核日期最晚为 2028-12-01/)
    expect(recheckProblem('明年', NOW)).toMatch(/^日期格式应为/)
    // Not a day of the calendar: the same answer on the desk and on the server.
    expect(recheckProblem('2027-02-30', NOW)).toMatch(/^日期格式应为/)
  })
})

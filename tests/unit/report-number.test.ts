// Report numbers as people read, type and paste them: YWH-20261201-0042 from the China-time day (not the UTC one),
// read back forgiving spaces, lower case and full-width characters, refusing impossible dates and sequence 0; the
// community code from COMMUNITY_CODE or the id.
import {
  communityCodeFromId,
  formatReportNumber,
  normalizeReportNumber,
  parseReportNumber,
} from '@/domain/report-number'
import { readConfig } from '../../server/config'

describe('report numbers', () => {
  it('use the China-time day: 23:30 UTC on 11-30 is already 12-01 in China', () => {
    expect(formatReportNumber('YWH', '2026-11-30T23:30:00.000Z', 42)).toBe('YWH-20261201-0042')
    expect(formatReportNumber('YWH', '2026-11-30T15:59:59.000Z', 1)).toBe('YWH-20261130-0001')
    expect(formatReportNumber('YWH', '2026-12-01T02:00:00.000Z', 12345)).toBe('YWH-20261201-12345')
  })

  it('read back what a person types or pastes, and refuse what cannot be a number', () => {
    expect(parseReportNumber(' ywh－２０２６１２０１－００４２ ')).toEqual({
      code: 'YWH',
      day: '2026-12-01',
      sequence: 42,
    })
    expect(normalizeReportNumber('ywh-20261201–0042')).toBe('YWH-20261201-0042') // an en dash from a chat app
    for (const bad of ['', '42', 'YWH-2026121-0042', 'YWH-20260230-0001', 'YWH-20261201-0000', 'YWH-20261201-042']) {
      expect(parseReportNumber(bad)).toBeNull()
    }
  })

  it('take the community code from COMMUNITY_CODE, else YWH for 月湾湖 and the id in capitals for others', () => {
    expect(communityCodeFromId('yuewanhu')).toBe('YWH')
    expect(communityCodeFromId('he-xi')).toBe('HEXI')
    const config = (env: Record<string, string>) => readConfig(env as NodeJS.ProcessEnv, { dataDir: '/tmp' }).community
    expect(config({}).code).toBe('YWH')
    expect(config({ COMMUNITY_ID: 'he-xi' }).code).toBe('HEXI')
    expect(config({ COMMUNITY_CODE: 'HX' }).code).toBe('HX')
    expect(() => config({ COMMUNITY_CODE: 'hx-1' })).toThrow(/COMMUNITY_CODE/)
  })
})

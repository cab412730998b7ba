// What a guide, park or the 居委会 shows once workers verify some fields: the sources' values stay (and show when a
// verified value replaces one), a verified value needs the field's kind, 待复核 follows today's China date even for a
// cached copy, and open-now and the facility filter count verified values only.
import guides from '@/content/guides.json'
import parks from '@/content/parks.json'
import type { GuideCard, Park } from '@/domain/content-schema'
import { openStatus } from '@/domain/open-status'
import { filterByFacilities } from '@/domain/parks'
import {
  dialableNumber,
  indexFacts,
  isStale,
  mergeCommunity,
  mergePark,
  mergeParks,
  navigablePoint,
} from '@/domain/verified-merge'
import { mergeGuide } from '@/domain/verified-merge-guide'
import { verifiedFact } from '../support/verified-facts'

const heating = (guides as GuideCard[]).find((g) => g.id === 'utilities-heating')!
const online = (guides as GuideCard[]).find((g) => g.id === 'gov-online-services')!
const huaxi = (parks as Park[]).find((p) => p.id === 'huaxi-wetland-park')!
const NOW = new Date('2026-12-02T10:00:00+08:00')
const field = (fields: ReturnType<typeof mergeGuide>, key: string) => fields.find((f) => f.subject.field === key)!
const DAILY = {
  kind: 'scheduled',
  seasons: [{ from: '01-01', to: '12-31', ranges: [{ open: '06:00', close: '22:00' }] }],
  closures: [],
}

describe('a guide with verified fields', () => {
  it('knows nothing the sources do not give until a worker verifies it', () => {
    const fields = mergeGuide(heating, indexFacts([], NOW))
    expect(fields.map((f) => f.label)).toEqual([
      '办理对象',
      '地点',
      '时间',
      '材料',
      '步骤',
      '时限',
      '费用',
      '咨询电话',
      '网上办理',
    ])
    expect(fields.every((f) => f.provenance.state === 'unknown' && f.value === null)).toBe(true)
  })

  it('shows a verified 地点 and 咨询电话 with who verified them, and only then lets the phone be dialled', () => {
    const where = verifiedFact(
      { kind: 'guide', id: heating.id, field: 'where' },
      { text: '西城区供热服务站', point: { latitude: 33.57, longitude: 113.98 } },
    )
    const phone = verifiedFact({ kind: 'guide', id: heating.id, field: 'phone' }, '0395 1234567')
    const fields = mergeGuide(heating, indexFacts([where, phone], NOW))
    expect(field(fields, 'where').value).toEqual({
      kind: 'address',
      text: '西城区供热服务站',
      point: { latitude: 33.57, longitude: 113.98 },
    })
    expect(navigablePoint(field(fields, 'where'))).toEqual({ latitude: 33.57, longitude: 113.98 })
    const shownPhone = field(fields, 'phone')
    expect(shownPhone.provenance).toMatchObject({
      state: 'verified',
      fact: { verifiedBy: { community: { name: '月湾湖社区' } } },
    })
    expect(dialableNumber(shownPhone)).toBe('03951234567')
  })

  it('dials a national hotline the sources give, but nothing unverified', () => {
    expect(dialableNumber(field(mergeGuide(online, indexFacts([], NOW)), 'phone'))).toBe('12345')
    expect(dialableNumber(field(mergeGuide(heating, indexFacts([], NOW)), 'phone'))).toBeNull()
  })

  it('ignores a verified value of the wrong kind and keeps what the sources say', () => {
    const wrong = verifiedFact({ kind: 'guide', id: online.id, field: 'online' }, ['不是文字'])
    const bad = verifiedFact({ kind: 'guide', id: heating.id, field: 'phone' }, '请打电话')
    const onlineField = field(mergeGuide(online, indexFacts([wrong], NOW)), 'online')
    expect(onlineField.provenance.state).toBe('source')
    expect(onlineField.value).toEqual({ kind: 'text', text: online.online })
    expect(field(mergeGuide(heating, indexFacts([bad], NOW)), 'phone').value).toBeNull()
  })

  it('keeps the sources’ words beside a verified value that replaces them', () => {
    const fact = verifiedFact({ kind: 'guide', id: online.id, field: 'online' }, '在“i漯河”App 办理')
    const merged = field(mergeGuide(online, indexFacts([fact], NOW)), 'online')
    expect(merged.value).toEqual({ kind: 'text', text: '在“i漯河”App 办理' })
    expect(merged.replaced).toEqual({ value: { kind: 'text', text: online.online }, sources: online.sources })
  })

  it('never lets "checked: not known" hide what the sources say', () => {
    const cleared = verifiedFact({ kind: 'guide', id: online.id, field: 'online' }, null)
    expect(field(mergeGuide(online, indexFacts([cleared], NOW)), 'online').provenance.state).toBe('source')
  })
})

describe('待复核', () => {
  it('is past the re-check date in China, recomputed whatever the copy said', () => {
    expect(isStale('2026-12-01', NOW)).toBe(true)
    expect(isStale('2026-12-02', NOW)).toBe(false)
    // 00:30 on 3 December in 漯河 is still 2 December in UTC.
    expect(isStale('2026-12-02', new Date('2026-12-03T00:30:00+08:00'))).toBe(true)
    const cached = verifiedFact({ kind: 'community', id: 'yuewanhu', field: 'phone' }, '0395-0000000', {
      recheckBy: '2026-11-30',
      stale: false,
    })
    const [, , phone] = mergeCommunity('yuewanhu', indexFacts([cached], NOW))
    expect(phone.provenance).toMatchObject({ state: 'verified', fact: { stale: true } })
  })
})

describe('a park with verified hours and facilities', () => {
  it('is open now and has a 卫生间 only where a worker verified it', () => {
    const facts = [
      verifiedFact({ kind: 'park', id: huaxi.id, field: 'hours' }, DAILY),
      verifiedFact({ kind: 'park', id: huaxi.id, field: 'facility.toilets' }, 'present'),
      verifiedFact({ kind: 'park', id: 'yingxi-wetland-park', field: 'facility.toilets' }, 'absent'),
      verifiedFact({ kind: 'park', id: 'tangxi-wetland-park', field: 'hours' }, { kind: 'scheduled' }),
    ]
    const merged = mergeParks(parks as Park[], indexFacts(facts, NOW))
    expect(merged.filter((p) => openStatus(p.hours, NOW).state === 'open').map((p) => p.id)).toEqual([huaxi.id])
    const toilets = filterByFacilities(merged, ['toilets'])
    expect(toilets.matches.map((p) => p.id)).toEqual([huaxi.id])
    expect(toilets.unverified).toHaveLength(parks.length - 2)
    const detail = mergePark(huaxi, indexFacts(facts, NOW))
    expect(detail.hours.provenance.state).toBe('verified')
    expect(detail.facilities.toilets.value).toEqual({ kind: 'facility', present: true })
    expect(detail.address.provenance.state).toBe('unknown')
  })
})

describe('the 居委会 contacts', () => {
  it('are address, hours and phone, each unknown until verified', () => {
    const fields = mergeCommunity('yuewanhu', indexFacts([], NOW))
    expect(fields.map((f) => f.label)).toEqual(['居委会地址', '办公时间', '联系电话'])
    expect(fields.every((f) => f.provenance.state === 'unknown')).toBe(true)
  })
})

// A visitor plans a visit to a park: its status (以现场公示为准), what to see this season (一般规律), facilities
// (all 待核实 today, as are its hours and address), the district's other parks (no claim they are near), and share. No
// 导航: nobody has verified a map point (the API is offline here: the page shows the bundled content).
// The clock is fixed so "this season" is always the same.
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import ParkPage from '@/packages/parks/detail/index'
import parks from '@/content/parks.json'
import seasons from '@/content/seasons.json'
import { FACILITY_KEYS, FACILITY_LABELS } from '@/domain/facilities'
import { PARK_PAGE, parkUrl } from '@/domain/routes'
import { openPageAt } from '../support/route'
import { installShareSheet, removeShareSheet } from '../support/share-sheet'

const ok = (api: string) => ({ errMsg: `${api}:ok` })

/** 花溪湿地公园: a wetland park in the spring and autumn tips, with three other wetland parks to combine it with. */
const park = parks.find((p) => p.id === 'huaxi-wetland-park')!

const openPark = (id: string) => openPageAt(ParkPage, `/${PARK_PAGE}`, { id })

function setNow(iso: string): void {
  jest.useFakeTimers({ now: new Date(`${iso}+08:00`), advanceTimers: true })
}

/** The section under a level-3 heading (这个季节, 西城区的其他公园). */
function section(heading: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: heading }).parentElement as HTMLElement
}

/** The 设施 row for a facility (a NutUI cell: its name, then its state). */
function facilityRow(label: string): HTMLElement {
  const row = screen.getByText(label).closest('.nut-cell')
  if (!row) throw new Error(`no facility row for ${label}`)
  return row as HTMLElement
}

let openLocation: jest.SpyInstance

beforeEach(() => {
  openLocation = jest.spyOn(Taro, 'openLocation').mockResolvedValue(ok('openLocation'))
  // No network: the verified facts cannot be fetched and none are kept.
  jest.spyOn(Taro, 'request').mockRejectedValue({ errMsg: 'request:fail' })
})

afterEach(() => {
  // Whatever a test tapped, nothing ever asked for a map.
  expect(openLocation).not.toHaveBeenCalled()
  jest.useRealTimers()
})

describe('the plan-a-visit page for 花溪湿地公园 on 15 October', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPark(park.id)
  })

  it('shows the park’s name, kind and summary under the page title 游园计划', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('游园计划')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('花溪湿地公园')
    expect(screen.getByText(park.kind)).toBeTruthy()
    expect(screen.getByText(park.summary)).toBeTruthy()
  })

  it('says 以现场公示为准 for its opening hours: the sources give none', () => {
    expect(park.hours).toBeNull()
    const [status, hoursRow] = screen.getAllByText('以现场公示为准')
    expect(status.parentElement?.textContent).toBe('开放时间：以现场公示为准')
    // The 开放时间 row says so too, and offers 我来补充 (nobody has verified them).
    expect(hoursRow.closest('.nut-cell')?.textContent).toMatch(/以现场公示为准.*我来补充/)
    expect(screen.queryByText(/开放中|即将关闭|已关闭/)).toBeNull()
  })

  it('shows October’s tip for this park under 这个季节 labelled （一般规律）, and its highlights', () => {
    const autumn = seasons.find((t) => t.id === 'autumn-wetlands')!
    expect(autumn.parkIds).toContain(park.id)
    const season = within(section('这个季节'))
    expect(season.getByText(`${autumn.title}（一般规律）：${autumn.note}`)).toBeTruthy()
    // 秋赏粉黛 is an October tip too, but not for this park.
    expect(season.queryByText(/秋赏粉黛/)).toBeNull()
    // No source says what a park suits, so the page makes no such claim.
    expect(season.queryByText(/适合：/)).toBeNull()
    expect(season.getByText(`看点：${park.highlights.join('；')}`)).toBeTruthy()
  })

  it('lists all seven facilities under 设施, each 待核实', () => {
    expect(screen.getByText('设施')).toBeTruthy()
    for (const key of FACILITY_KEYS) {
      const row = within(facilityRow(FACILITY_LABELS[key]))
      expect(row.getByText('待核实')).toBeTruthy()
      expect(row.queryByText(/^(有|无)$/)).toBeNull()
    }
    // The seven facilities and the 地址.
    expect(screen.getAllByText('待核实')).toHaveLength(FACILITY_KEYS.length + 1)
  })

  it('offers three other wetland parks under 西城区的其他公园 (no claim they are near), each opening its own page', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    const nearby = within(section('西城区的其他公园'))
    const expected = ['yingxi-wetland-park', 'tangxi-wetland-park', 'xiaonanhu-wetland-park']
    const buttons = [...section('西城区的其他公园').querySelectorAll('.nut-button')]
    expect(buttons.map((b) => b.textContent)).toEqual(expected.map((id) => parks.find((p) => p.id === id)!.name))
    expect(nearby.queryByText(park.name)).toBeNull()
    for (const id of expected) {
      fireEvent.click(nearby.getByText(parks.find((p) => p.id === id)!.name))
      expect(navigateTo).toHaveBeenLastCalledWith({ url: parkUrl(id) })
    }
    expect(navigateTo).toHaveBeenCalledTimes(expected.length)
  })

  it('has no 导航 button and says its address is 待核实', () => {
    expect(park.location).toBeNull()
    const buttons = [...document.querySelectorAll('.nut-button')].map((b) => b.textContent ?? '')
    expect(buttons.filter((text) => /导航|地图|位置/.test(text))).toEqual([])
    expect(within(screen.getByText('地址').closest('.nut-cell') as HTMLElement).getByText('待核实')).toBeTruthy()
  })

  it('quotes its sources', () => {
    for (const s of park.sources) expect(screen.getByText(`“${s.quote}”`)).toBeTruthy()
    expect(screen.getByText('来源：西城区2021年工作回顾')).toBeTruthy()
  })
})

describe('the plan-a-visit page in a month with no tip for the park (July)', () => {
  it('names the months that suit it instead (一般规律)', async () => {
    setNow('2026-07-10T09:00:00')
    await openPark(park.id)
    expect(within(section('这个季节')).getByText('按一般规律，3、4、5、9、10、11月前来较为适宜。')).toBeTruthy()
  })
})

describe('sharing a park in the browser (H5)', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPark(park.id)
  })
  afterEach(removeShareSheet)

  it('offers the park as 花溪湿地公园 · 西城区公园 in the share sheet, with the page link', async () => {
    const share = installShareSheet('shared')
    fireEvent.click(screen.getByLabelText('分享《花溪湿地公园 · 西城区公园》'))
    await waitFor(() =>
      expect(share).toHaveBeenCalledWith({ title: '花溪湿地公园 · 西城区公园', url: window.location.href }),
    )
  })
})

describe('the page of 中原生态水城示范区, a planning zone', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPark('zhongyuan-eco-water-city')
  })

  it('says it is a planning goal, not a place to visit, and shows no opening hours or facilities', () => {
    expect(screen.getByText('这是规划建设目标，不是一处可以前往游览的地方。')).toBeTruthy()
    expect(screen.queryByText('以现场公示为准')).toBeNull()
    expect(screen.queryByText('设施')).toBeNull()
  })
})

describe('a park link with an unknown id', () => {
  beforeEach(() => openPark('no-such-park'))

  it('says 找不到这个公园 and 返回公园 goes to the 公园 tab', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    expect(screen.getByText('找不到这个公园')).toBeTruthy()
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
    expect(screen.queryByText('以现场公示为准')).toBeNull()
    fireEvent.click(screen.getByText('返回公园'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/parks/index' })
  })
})

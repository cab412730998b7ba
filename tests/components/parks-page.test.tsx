// A visitor opens 公园 and sees every park the sources name; unknown hours and facilities say so instead of guessing.
// They filter by a facility (and are told how many parks are unverified), read this month's tips (一般规律) and open
// a park. The clock is fixed (15 October, then December) so the month's tips are always the same.
import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import ParkListPage from '@/pages/parks/index'
import parks from '@/content/parks.json'
import seasons from '@/content/seasons.json'
import { CALENDAR_PAGE, parkUrl } from '@/domain/routes'
import { openPage } from '../support/render-page'
import { accessibleName, startsWith } from '../support/link-name'

/** The parks one can visit: the planning zone (规划区) is not a place. */
const places = parks.filter((p) => p.kind !== '规划区')
const ok = (api: string) => ({ errMsg: `${api}:ok` })

/** A fixed "now" in 漯河 time; timers still run (advanceTimers) so the page's loading resolves as usual. */
function setNow(iso: string): void {
  jest.useFakeTimers({ now: new Date(`${iso}+08:00`), advanceTimers: true })
}

afterEach(() => {
  jest.useRealTimers()
})

const filterGroup = () => within(screen.getByRole('group', { name: '按设施筛选' }))
const chip = (label: string) => filterGroup().getByText(label).closest('.choice-chips__chip') as HTMLElement
const summary = () => screen.queryByText(/^确认有所选设施/)
/** The park cards on screen, by their title; each card's name (what it is read out as) starts with it. */
const cardNames = () =>
  screen.queryAllByRole('link').map((card) => {
    const title = card.querySelector('.park-card__name')?.textContent ?? ''
    expect(accessibleName(card).startsWith(title)).toBe(true)
    return title
  })

describe('公园 page', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPage(ParkListPage)
  })

  it('shows every park name from parks.json', () => {
    expect(parks.length).toBeGreaterThan(0)
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    // The first heading is this month's tips; the park cards follow in bundled order.
    expect(names[0]).toBe('10月游园')
    expect(names.slice(1)).toEqual(parks.map((p) => p.name))
  })

  it('says 以现场公示为准 for every park’s opening hours', () => {
    for (const park of places) {
      const card = within(screen.getByRole('link', { name: startsWith(park.name) }))
      expect(card.getByText('以现场公示为准')).toBeTruthy()
    }
  })

  it('says the planning zone is a planning goal, with no opening hours or facilities', () => {
    const card = within(screen.getByRole('link', { name: startsWith('中原生态水城示范区') }))
    expect(card.getByText('规划建设目标，不是游览地点。')).toBeTruthy()
    expect(card.queryByText(/以现场公示为准|设施/)).toBeNull()
  })

  it('says 待核实 where nobody has verified the facilities', () => {
    for (const park of places) {
      const card = within(screen.getByRole('link', { name: startsWith(park.name) }))
      const states = Object.values(park.facilities)
      const unknown = states.filter((s) => s === 'unknown').length
      if (unknown === states.length) expect(card.getByText('待核实')).toBeTruthy()
      else if (unknown > 0) expect(card.getByText(new RegExp(`另有 ${unknown} 项待核实`))).toBeTruthy()
      else expect(card.queryByText(/待核实/)).toBeNull()
    }
    // Today no bundled park has a verified facility, so every card of a place says 待核实.
    expect(screen.getAllByText('待核实')).toHaveLength(places.length)
  })

  it('shows each park’s kind and summary', () => {
    for (const park of parks) {
      const card = within(screen.getByRole('link', { name: startsWith(park.name) }))
      expect(card.getByText(park.kind)).toBeTruthy()
      expect(card.getByText(park.summary)).toBeTruthy()
    }
  })
})

describe('filtering 公园 by facility', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPage(ParkListPage)
  })

  it('offers a chip for each of the seven facilities, none chosen, and no summary line yet', () => {
    const labels = [...screen.getByRole('group', { name: '按设施筛选' }).querySelectorAll('.choice-chips__chip')]
    expect(labels.map((el) => el.textContent)).toEqual([
      '卫生间',
      '无障碍通道',
      '停车场',
      '儿童游乐',
      '健身器材',
      '休息座椅',
      '饮水点',
    ])
    for (const el of labels) expect(el.getAttribute('aria-pressed')).toBe('false')
    expect(summary()).toBeNull()
  })

  it('choosing 卫生间 says none is confirmed and every park is 待核实, and still lists them all', () => {
    // No bundled park has a verified facility: every one is unverified, none confirmed, none excluded.
    expect(parks.every((p) => p.facilities.toilets === 'unknown')).toBe(true)
    fireEvent.click(filterGroup().getByText('卫生间'))
    expect(chip('卫生间').getAttribute('aria-pressed')).toBe('true')
    expect(summary()?.textContent).toBe(`确认有所选设施：0 处；设施待核实：${parks.length} 处（以现场为准）`)
    expect(summary()?.getAttribute('aria-live')).toBe('polite')
    expect(cardNames()).toEqual(parks.map((p) => p.name))
  })

  it('choosing 卫生间 again clears the filter and the summary', () => {
    fireEvent.click(filterGroup().getByText('卫生间'))
    expect(summary()).not.toBeNull()
    fireEvent.click(filterGroup().getByText('卫生间'))
    expect(chip('卫生间').getAttribute('aria-pressed')).toBe('false')
    expect(summary()).toBeNull()
    expect(cardNames()).toEqual(parks.map((p) => p.name))
  })

  it('keeps several chips chosen at once', () => {
    fireEvent.click(filterGroup().getByText('卫生间'))
    fireEvent.click(filterGroup().getByText('停车场'))
    expect(chip('卫生间').getAttribute('aria-pressed')).toBe('true')
    expect(chip('停车场').getAttribute('aria-pressed')).toBe('true')
    expect(summary()?.textContent).toBe(`确认有所选设施：0 处；设施待核实：${parks.length} 处（以现场为准）`)
  })
})

describe('this month’s tips on 公园 (15 October)', () => {
  const october = seasons.filter((t) => t.months.includes(10))
  const section = () => screen.getByRole('heading', { level: 2, name: '10月游园' }).parentElement as HTMLElement

  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPage(ParkListPage)
  })

  it('heads them 10月游园 and labels every tip 一般规律', () => {
    expect(october.map((t) => t.title)).toEqual(['秋赏粉黛', '秋季湿地观景'])
    const tips = within(section())
    for (const t of october) {
      expect(tips.getByText(t.note)).toBeTruthy()
      const title = tips.getByText(t.title, { exact: false })
      expect(title.textContent).toBe(`${t.title}（一般规律）`)
    }
    expect(tips.getAllByText('（一般规律）')).toHaveLength(october.length)
  })

  it('opens a park named in a tip, and the whole-year calendar', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(within(section()).getByText('粉黛花海'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: parkUrl('fendai-flower-sea') })
    fireEvent.click(within(section()).getByText('查看全年游园日历 ›'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: `/${CALENDAR_PAGE}` })
  })
})

describe('this month’s tips on 公园 in December', () => {
  it('shows the winter tip (December to February), labelled 一般规律', async () => {
    setNow('2026-12-20T10:00:00')
    await openPage(ParkListPage)
    const section = within(screen.getByRole('heading', { level: 2, name: '12月游园' }).parentElement as HTMLElement)
    expect(section.getByText('冬日晴暖午后', { exact: false }).textContent).toBe('冬日晴暖午后（一般规律）')
    expect(section.queryByText('秋赏粉黛', { exact: false })).toBeNull()
  })
})

describe('tapping a park card', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPage(ParkListPage)
  })

  it('opens that park’s plan-a-visit page', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    const park = parks.find((p) => p.id === 'tangxi-wetland-park')!
    fireEvent.click(screen.getByRole('link', { name: startsWith(park.name) }))
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/parks/detail/index?id=tangxi-wetland-park' })
  })

  it('opens the park from the filtered list too', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(filterGroup().getByText('卫生间'))
    fireEvent.click(screen.getByRole('link', { name: startsWith('粉黛花海') }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/parks/detail/index?id=fendai-flower-sea' })
  })
})

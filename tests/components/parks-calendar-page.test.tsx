// The seasonal calendar: twelve months starting from this one, each naming the green spaces that suit it and why,
// always labelled 一般规律 (never a park's own schedule). The clock is fixed so the first month is always the same.
import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import CalendarPage from '@/packages/parks/calendar/index'
import seasons from '@/content/seasons.json'
import { parkUrl } from '@/domain/routes'
import { openPage } from '../support/render-page'

const ok = (api: string) => ({ errMsg: `${api}:ok` })

function setNow(iso: string): void {
  jest.useFakeTimers({ now: new Date(`${iso}+08:00`), advanceTimers: true })
}

afterEach(() => {
  jest.useRealTimers()
})

const monthHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
const monthSection = (month: number) =>
  screen.getByRole('heading', { level: 2, name: `${month}月游园` }).parentElement as HTMLElement

describe('游园日历 opened on 15 October', () => {
  beforeEach(async () => {
    setNow('2026-10-15T10:00:00')
    await openPage(CalendarPage)
  })

  it('shows twelve months, October first, wrapping over the new year to September', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('游园日历')
    expect(monthHeadings()).toEqual([10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => `${m}月游园`))
  })

  it('shows each month’s tips, every one labelled 一般规律', () => {
    for (let month = 1; month <= 12; month++) {
      const tips = seasons.filter((t) => t.months.includes(month))
      const section = within(monthSection(month))
      for (const t of tips) {
        expect(section.getByText(t.title, { exact: false }).textContent).toBe(`${t.title}（一般规律）`)
        expect(section.getByText(t.note)).toBeTruthy()
      }
      expect(section.queryAllByText('（一般规律）')).toHaveLength(tips.length)
      if (tips.length === 0) expect(section.getByText('本月暂无推荐。')).toBeTruthy()
      else expect(section.queryByText('本月暂无推荐。')).toBeNull()
    }
    const total = seasons.reduce((sum, t) => sum + t.months.length, 0)
    expect(screen.getAllByText('（一般规律）')).toHaveLength(total)
  })

  it('says the tips are general rules, not the parks’ own schedules', () => {
    expect(screen.getByText(/一般规律，不是各公园的官方安排；开放与花期以现场公示为准/)).toBeTruthy()
  })

  it('opens a park named in a month, and shows no link to itself', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(within(monthSection(12)).getByText('唐诗宋词园'))
    expect(navigateTo).toHaveBeenCalledWith({ url: parkUrl('tangshi-songci-garden') })
    expect(screen.queryByText(/查看全年游园日历/)).toBeNull()
  })
})

describe('游园日历 opened in December', () => {
  it('starts at December and goes on to January', async () => {
    setNow('2026-12-31T23:30:00')
    await openPage(CalendarPage)
    expect(monthHeadings()).toEqual([12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => `${m}月游园`))
    expect(within(monthSection(1)).getByText('冬日晴暖午后', { exact: false })).toBeTruthy()
  })
})

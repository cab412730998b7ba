// A resident opens 发展时间线: milestones from 2021 to 2023, oldest first, each with its source; tapping one opens its article.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, within } from '@testing-library/react'
import TimelinePage from '@/packages/news/timeline/index'
import { Timeline } from '@/features/news/components/Timeline'
import timeline from '@/content/timeline.json'
import { CONTENT_FILES } from '@/domain/content-schema'
import { openPage, SOURCE_LINE } from '../support/render-page'
import { accessibleName, shows } from '../support/link-name'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const milestones = CONTENT_FILES['timeline.json'].parse(timeline)

/** The milestones on screen, top to bottom, as a screen reader names them. */
const shownInOrder = () =>
  screen
    .getAllByRole('link')
    .map((el) => accessibleName(el).replace(/\s+/g, ''))
    .filter((name) => /^\d{4}年/.test(name))

describe('发展时间线 page', () => {
  beforeEach(() => openPage(TimelinePage))

  it('is titled 发展时间线', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('发展时间线')
  })

  it('shows every milestone, the 2021 ones before the 2023 ones', () => {
    const labels = shownInOrder()
    expect(labels).toHaveLength(milestones.length)
    const years = labels.map((label) => Number(label!.slice(0, 4)))
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(years[0]).toBe(2021)
    expect(years[years.length - 1]).toBe(2023)
    for (const m of milestones) expect(labels).toContain(`${m.year}年${m.title}`.replace(/\s+/g, ''))
  })

  it('gives each milestone its detail and the source line of its year', () => {
    for (const m of milestones) {
      const detail = screen.getByText(m.detail).closest('.timeline__detail') as HTMLElement
      expect(within(detail).getByText(SOURCE_LINE[m.source.doc])).toBeTruthy()
    }
  })

  it('opens the article a milestone comes from when it is tapped', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    for (const m of milestones) {
      fireEvent.click(screen.getByRole('link', { name: shows(`${m.year}年`, m.title) }))
      expect({ milestone: m.id, call: navigateTo.mock.lastCall }).toEqual({
        milestone: m.id,
        call: [{ url: `/packages/news/detail/index?id=${m.articleId}` }],
      })
    }
  })
})

describe('Timeline', () => {
  it('puts milestones oldest year first, whatever order they come in, keeping each year’s own order', () => {
    const newestFirst = [...milestones].reverse()
    render(<Timeline milestones={newestFirst} />)
    const expected = [...newestFirst.filter((m) => m.year === 2021), ...newestFirst.filter((m) => m.year === 2023)].map(
      (m) => `${m.year}年${m.title}`.replace(/\s+/g, ''),
    )
    expect(shownInOrder()).toEqual(expected)
  })
})

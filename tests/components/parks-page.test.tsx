// A visitor opens 公园 and sees every park the sources name; unknown hours and facilities say so instead of guessing.
import { screen, within } from '@testing-library/react'
import ParkListPage from '../../src/pages/parks/index'
import parks from '../../src/content/parks.json'
import { openPage } from '../support/render-page'

describe('公园 page', () => {
  beforeEach(() => openPage(ParkListPage))

  it('shows every park name from parks.json', () => {
    expect(parks.length).toBeGreaterThan(0)
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    // The first heading is this month's tips (e.g. 11月游园); the park cards follow in bundled order.
    expect(names[0]).toBe(`${new Date().getMonth() + 1}月游园`)
    expect(names.slice(1)).toEqual(parks.map((p) => p.name))
  })

  it('says 以现场公示为准 for every park’s opening hours', () => {
    for (const park of parks) {
      const card = within(screen.getByLabelText(park.name))
      expect(card.getByText('以现场公示为准')).toBeTruthy()
    }
  })

  it('says 待核实 where nobody has verified the facilities', () => {
    for (const park of parks) {
      const card = within(screen.getByLabelText(park.name))
      const states = Object.values(park.facilities)
      const unknown = states.filter((s) => s === 'unknown').length
      if (unknown === states.length) expect(card.getByText('待核实')).toBeTruthy()
      else if (unknown > 0) expect(card.getByText(new RegExp(`另有 ${unknown} 项待核实`))).toBeTruthy()
      else expect(card.queryByText(/待核实/)).toBeNull()
    }
    // Today no bundled park has a verified facility, so every card says 待核实.
    expect(screen.getAllByText('待核实')).toHaveLength(parks.length)
  })

  it('shows each park’s kind and summary', () => {
    for (const park of parks) {
      const card = within(screen.getByLabelText(park.name))
      expect(card.getByText(park.kind)).toBeTruthy()
      expect(card.getByText(park.summary)).toBeTruthy()
    }
  })
})

// A resident opens 月湾湖 and reads what the annual reviews say about the community, each fact with its source.
import { screen, within } from '@testing-library/react'
import CommunityOverviewPage from '../../src/pages/community/index'
import communities from '../../src/content/community.json'
import { openPage, SOURCE_LINE } from '../support/render-page'

const yuewanhu = communities.find((c) => c.id === 'yuewanhu')

describe('月湾湖 page', () => {
  beforeEach(() => openPage(CommunityOverviewPage))

  it('is titled 月湾湖社区 and introduces the community', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('月湾湖社区')
    const main = within(screen.getByRole('main'))
    expect(main.getByText('月湾湖社区')).toBeTruthy()
    expect(yuewanhu).toBeDefined()
    expect(main.getByText(yuewanhu!.summary)).toBeTruthy()
  })

  it('shows every fact with the line naming its source', () => {
    expect(yuewanhu!.facts.length).toBeGreaterThan(0)
    for (const fact of yuewanhu!.facts) {
      const text = screen.getByText(fact.text)
      const line = SOURCE_LINE[fact.source.doc as keyof typeof SOURCE_LINE]
      expect(within(text.parentElement as HTMLElement).getByText(line)).toBeTruthy()
    }
  })

  it('credits 西城区2023年工作回顾 for the 幸福社区样板 fact', () => {
    const fact = screen.getByText('2023年，月湾湖社区成为全市幸福社区样板。')
    expect(within(fact.parentElement as HTMLElement).getByText('来源：西城区2023年工作回顾')).toBeTruthy()
  })
})

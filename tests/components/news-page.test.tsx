// A resident opens 要闻 and reads every article of both annual reviews, newest year first, each with its source.
import { screen, within } from '@testing-library/react'
import NewsListPage from '../../src/pages/news/index'
import news from '../../src/content/news.json'
import { openPage, SOURCE_LINE } from '../support/render-page'

describe('要闻 page', () => {
  beforeEach(() => openPage(NewsListPage))

  it('is titled 西城要闻', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('西城要闻')
  })

  it('shows every article title from news.json', () => {
    expect(news.length).toBeGreaterThan(0)
    for (const article of news) expect(screen.getByText(article.title)).toBeTruthy()
  })

  it('lists the 2023 articles before the 2021 ones', () => {
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    const byYear = (year: number) => news.filter((a) => a.year === year).map((a) => a.title)
    expect(titles).toEqual([...byYear(2023), ...byYear(2021)])
  })

  it('gives each article its year, summary and the source it comes from', () => {
    for (const article of news) {
      const card = within(screen.getByLabelText(`${article.year}年 ${article.title}`))
      expect(card.getByText(`${article.year}年`)).toBeTruthy()
      expect(card.getByText(article.summary)).toBeTruthy()
      expect(card.getByText(SOURCE_LINE[article.sources[0].doc as keyof typeof SOURCE_LINE])).toBeTruthy()
    }
  })
})

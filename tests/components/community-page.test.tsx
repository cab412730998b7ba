// A resident opens 月湾湖 and reads what the annual reviews say about the community, each fact with its source.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import CommunityOverviewPage from '@/pages/community/index'
import communities from '@/content/community.json'
import guides from '@/content/guides.json'
import news from '@/content/news.json'
import { articleUrl, guideUrl } from '@/domain/routes'
import { fakeApiForFile } from '../support/fake-api'
import { openPage, SOURCE_LINE } from '../support/render-page'
import { showPage } from '../support/page-show'
import { shows, startsWith } from '../support/link-name'

// The tab's 社区通知 list asks the API too: the real one, with no notices.
const api = fakeApiForFile()

const yuewanhu = communities.find((c) => c.id === 'yuewanhu')

/** Opens the tab; the community facts show once 社区通知 has loaded (here: none). */
async function openCommunityPage(): Promise<void> {
  await openPage(CommunityOverviewPage)
  showPage()
  await screen.findByRole('heading', { name: '相关服务与要闻' })
}

describe('月湾湖 page while 社区通知 loads', () => {
  const factsHeading = () => screen.queryByRole('heading', { name: '相关服务与要闻' })

  it('keeps the community facts out of sight until the notices have come, so nothing on the screen moves', async () => {
    render(<CommunityOverviewPage />)
    showPage()
    expect(screen.getByText('小事快办：报告问题')).toBeTruthy()
    expect(screen.getByLabelText('正在加载通知').getAttribute('aria-busy')).toBe('true')
    expect(factsHeading()).toBeNull()
    await screen.findByText('暂无通知')
    await waitFor(() => expect(factsHeading()).not.toBeNull())
  })

  it('shows them under the error when the notices cannot be fetched', async () => {
    localStorage.clear() // no notices kept from before on this phone
    api.offline = true
    render(<CommunityOverviewPage />)
    showPage()
    await screen.findByText('通知加载失败', undefined, { timeout: 8000 })
    await waitFor(() => expect(factsHeading()).not.toBeNull())
  })
})

describe('月湾湖 page', () => {
  beforeEach(openCommunityPage)

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

describe('月湾湖 page links into the other tabs', () => {
  const ok = (api: string) => ({ errMsg: `${api}:ok` })
  const links = () => within(screen.getByText('相关服务与要闻').parentElement as HTMLElement)

  beforeEach(openCommunityPage)

  it('lists the related 办事指南 and 要闻 by their titles and opens each one', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    for (const id of yuewanhu!.guideIds) {
      const guide = guides.find((g) => g.id === id)!
      fireEvent.click(links().getByRole('link', { name: shows('办事指南', guide.name) }))
      expect(navigateTo).toHaveBeenLastCalledWith({ url: guideUrl(id) })
    }
    for (const id of yuewanhu!.articleIds) {
      const article = news.find((a) => a.id === id)!
      fireEvent.click(links().getByRole('link', { name: shows('要闻', article.title) }))
      expect(navigateTo).toHaveBeenLastCalledWith({ url: articleUrl(id) })
    }
  })

  it('switches to the 民生 and 公园 tabs', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    fireEvent.click(links().getByRole('link', { name: startsWith('民生') }))
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/services/index' })
    fireEvent.click(links().getByRole('link', { name: startsWith('公园') }))
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/parks/index' })
  })

  it('tells the resident when a tab cannot be opened', async () => {
    jest.spyOn(Taro, 'switchTab').mockRejectedValue(new Error('switchTab:fail'))
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(links().getByRole('link', { name: startsWith('公园') }))
    await Promise.resolve()
    await Promise.resolve()
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '无法打开页面，请稍后重试' }))
  })
})

// A resident shares from WeChat's ··· menu: each of the four tabs sends a card with the tab's name that opens that
// tab; an article, guide, park or notice goes to Moments (朋友圈) with its title and its own id, and to a chat opening
// the same page. Opened from Moments (scene 1154, where a page cannot navigate), a page says how to get into the full
// app — WeChat's own 前往小程序 — and nowhere else, and never in the browser.
import { type ComponentType } from 'react'
import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import NewsPage from '@/pages/news/index'
import ServicesPage from '@/pages/services/index'
import ParksPage from '@/pages/parks/index'
import CommunityPage from '@/pages/community/index'
import ArticlePage from '@/packages/news/detail/index'
import GuidePage from '@/packages/services/guide/index'
import ParkPage from '@/packages/parks/detail/index'
import NoticePage from '@/packages/community/notice/index'
import { SinglePageBar } from '@/components/single-page-bar/SinglePageBar'
import { SinglePageBar as SinglePageBarWeapp } from '@/components/single-page-bar/SinglePageBar.weapp'
import { callPageHook } from '../support/page-hooks'
import { routeTo } from '../support/route'

// The API never answers here: only what the pages would share is looked at.
beforeEach(() => jest.spyOn(Taro, 'request').mockImplementation((() => new Promise(() => undefined)) as never))

/** Lets the page's bundled content load. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)))

describe('sharing a tab to a chat', () => {
  it.each<[string, ComponentType, string, string]>([
    ['要闻', NewsPage, '西城要闻 · 西城区 · 月湾湖', '/pages/news/index'],
    ['民生', ServicesPage, '民生服务 · 西城区 · 月湾湖', '/pages/services/index'],
    ['公园', ParksPage, '公园绿地 · 西城区 · 月湾湖', '/pages/parks/index'],
    ['月湾湖', CommunityPage, '月湾湖社区 · 西城区 · 月湾湖', '/pages/community/index'],
  ])('%s sends “%s”… opening the tab', async (_, Page, title, path) => {
    render(<Page />)
    await settle()
    expect(callPageHook('onShareAppMessage', { from: 'menu' })).toEqual([{ title, path }])
  })
})

describe('sharing a page to Moments and to a chat', () => {
  it.each<[string, ComponentType, string, string, string]>([
    ['an article', ArticlePage, 'packages/news/detail/index', '西城要闻 · 西城区工作回顾', 'a-1'],
    ['a guide', GuidePage, 'packages/services/guide/index', '西城区民生服务 · 办事指南', 'g 2'],
    ['a park', ParkPage, 'packages/parks/detail/index', '西城区公园绿地 · 游园计划', 'p-3'],
    ['a notice', NoticePage, 'packages/community/notice/index', '月湾湖社区通知', 'n-4'],
  ])('%s: its title, and its own id in the query', async (_, Page, page, title, id) => {
    routeTo(`/${page}`, { id })
    render(<Page />)
    await settle()
    const query = `id=${encodeURIComponent(id)}`
    expect(callPageHook('onShareTimeline')).toEqual([{ title, query }])
    expect(callPageHook('onShareAppMessage', { from: 'menu' })).toEqual([{ title, path: `/${page}?${query}` }])
  })
})

describe('a page opened from Moments (single-page mode)', () => {
  const HINT = /前往小程序/
  const enteredFrom = (scene: number) =>
    jest.spyOn(Taro, 'getEnterOptionsSync').mockReturnValue({ scene } as ReturnType<typeof Taro.getEnterOptionsSync>)

  it('shows the bar pointing to 前往小程序 in scene 1154', () => {
    enteredFrom(1154)
    render(<SinglePageBarWeapp />)
    expect(screen.getByRole('note').textContent).toMatch(HINT)
  })

  it.each([1001, 1007, 1089])('shows nothing when opened otherwise (scene %s)', (scene) => {
    enteredFrom(scene)
    render(<SinglePageBarWeapp />)
    expect(screen.queryByText(HINT)).toBeNull()
  })

  it('shows nothing in the browser, whatever the scene', () => {
    enteredFrom(1154)
    render(<SinglePageBar />)
    expect(screen.queryByText(HINT)).toBeNull()
  })
})

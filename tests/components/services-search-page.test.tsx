// A resident searches 民生 by 汉字, pinyin or initials (the search page opened from the 民生 tab, scoped to services):
// sees the matching guides and hotlines with the matched words picked out, opens a guide or calls a hotline from the
// results, finds 医保 / 小事快办 / 收藏 by the words people use, and when nothing matches can still report it (小事快办),
// call 12345 or search wider.
import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import SearchPage from '@/packages/search/index'
import { SEARCH_PAGE } from '@/domain/routes'
import { openPageAt } from '../support/route'

const ok = (api: string) => ({ errMsg: `${api}:ok` })

/** Types into the search box as a person would (each change replaces the whole value). */
function type(text: string): void {
  fireEvent.input(screen.getByRole('textbox'), { target: { value: text } })
}

/** The results under a group title (办事指南 / 便民热线): each one's title as shown. */
function resultsIn(group: '办事指南' | '便民热线'): string[] {
  return [...groupEl(group).querySelectorAll('.nut-cell-title')].map((el) => el.textContent ?? '')
}

function groupEl(group: '办事指南' | '便民热线'): HTMLElement {
  return screen.getByRole('heading', { name: group }).closest('.nut-cell-group') as HTMLElement
}

const groupHeading = (group: '办事指南' | '便民热线') => screen.queryByRole('heading', { name: group })

/** The words picked out in the results, in order. */
const highlighted = () => [...document.querySelectorAll('.highlighted-text__match')].map((el) => el.textContent)

beforeEach(async () => {
  localStorage.clear()
  await openPageAt(SearchPage, `/${SEARCH_PAGE}`, { scope: 'services' })
  // Taro's H5 input draws its <input> a moment after the page appears.
  await screen.findByRole('textbox')
})

describe('the search page before anything is typed', () => {
  it('says what can be typed and shows no results', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('搜索办事')
    expect(screen.getByText('可输入汉字、拼音或首字母')).toBeTruthy()
    expect(groupHeading('办事指南')).toBeNull()
    expect(screen.queryByText('没有找到相关内容')).toBeNull()
  })
})

describe('searching by pinyin initials', () => {
  beforeEach(() => type('gn'))

  it('gn finds the 冬季供暖 guide (供暖 → 供热) with 供暖 picked out', () => {
    expect(screen.getByText('找到 1 条')).toBeTruthy()
    expect(resultsIn('办事指南')).toEqual(['冬季供暖'])
    expect(highlighted()).toEqual(['供暖'])
    expect(within(groupEl('办事指南')).getByText('供热与水电管网')).toBeTruthy()
  })

  it('opens the guide card when the result is tapped', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(screen.getByText('冬季'))
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/services/guide/index?id=utilities-heating' })
  })
})

describe('searching by full pinyin and everyday words', () => {
  it('jiuye finds both employment guides first, and the 人社 hotline', () => {
    type('jiuye')
    expect(resultsIn('办事指南').slice(0, 2).sort()).toEqual(['人力资源服务产业园', '雨露计划与就业促进'].sort())
    expect(resultsIn('便民热线')[0]).toBe('人力资源和社会保障服务热线')
    expect(highlighted()).toContain('就业')
  })

  it('找工作 finds 人力资源 and 就业 and picks both out', () => {
    type('找工作')
    expect(resultsIn('办事指南')).toEqual(['人力资源服务产业园', '雨露计划与就业促进'])
    expect(highlighted()).toEqual(expect.arrayContaining(['人力资源', '就业']))
  })

  it('a typo (jiuey) still finds 雨露计划与就业促进 first', () => {
    type('jiuey')
    expect(resultsIn('办事指南')[0]).toBe('雨露计划与就业促进')
  })

  it('shows the new results as the query changes', () => {
    type('gn')
    expect(resultsIn('办事指南')).toEqual(['冬季供暖'])
    type('看病')
    expect(resultsIn('办事指南')).toEqual(['高水平医院（2023年开工在即）'])
    expect(resultsIn('便民热线')).toEqual(['医疗急救电话'])
    expect(screen.queryByText('冬季供暖')).toBeNull()
  })
})

describe('finding a hotline', () => {
  beforeEach(() => type('12345'))

  it('12345 lists the 政务服务便民热线 under 便民热线 with its number', () => {
    expect(resultsIn('便民热线')).toEqual(['政务服务便民热线'])
    expect(within(groupEl('便民热线')).getByText('12345')).toBeTruthy()
  })

  it('calls 12345 when its 拨打 is tapped', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getByLabelText('拨打 12345'))
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('does not open a page when a hotline row is tapped', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(within(groupEl('便民热线')).getByText('政务服务便民热线'))
    expect(navigateTo).not.toHaveBeenCalled()
  })
})

describe('nothing matches', () => {
  beforeEach(() => type('xqzv'))

  it('says 没有找到相关内容 and offers 小事快办 and 12345, never a bare 暂无结果', () => {
    expect(screen.getByText('找到 0 条')).toBeTruthy()
    expect(screen.getByText('没有找到相关内容')).toBeTruthy()
    expect(screen.queryByText('暂无结果')).toBeNull()
    expect(groupHeading('办事指南')).toBeNull()
    expect(screen.getByText('小事快办：把问题告诉社区')).toBeTruthy()
    expect(screen.getByLabelText('拨打 12345 政务服务便民热线')).toBeTruthy()
  })

  it('opens the 小事快办 report page from 小事快办', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(screen.getByText('小事快办：把问题告诉社区'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/reports/index' })
  })

  it('calls 12345 from its button', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getByLabelText('拨打 12345 政务服务便民热线'))
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('widens to all the guides on the 民生 tab', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    fireEvent.click(screen.getByText('看看全部办事指南'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('goes back to the hint when the box is emptied', () => {
    type('')
    expect(screen.getByText('可输入汉字、拼音或首字母')).toBeTruthy()
    expect(screen.queryByText('没有找到相关内容')).toBeNull()
  })
})

describe('everyday words', () => {
  it('医保 finds 12345 to ask about it', () => {
    type('医保')
    expect(resultsIn('便民热线')).toEqual(['政务服务便民热线'])
  })

  it('退休 and 社保 find the 人社 hotline 12333', () => {
    type('退休')
    expect(resultsIn('便民热线')).toEqual(['人力资源和社会保障服务热线'])
    type('shebao')
    expect(resultsIn('便民热线')).toEqual(['人力资源和社会保障服务热线'])
  })

  it('小事快办 opens the report page from its result', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    type('小事快办')
    const row = [...document.querySelectorAll<HTMLElement>('.nut-cell-title')].find((el) =>
      (el.textContent ?? '').startsWith('小事快办'),
    )!
    fireEvent.click(row)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/reports/index' })
  })

  it('暖气 finds the 冬季供暖 guide', () => {
    type('暖气')
    expect(resultsIn('办事指南')).toEqual(['冬季供暖'])
  })
})

describe('only spaces typed', () => {
  it('counts as nothing typed', () => {
    type('   ')
    expect(screen.getByText('可输入汉字、拼音或首字母')).toBeTruthy()
    expect(screen.queryByText('没有找到相关内容')).toBeNull()
  })
})

// A resident opens a guide card: reads what it is, sees 待核实 where the sources say nothing and is pointed to 12345,
// saves it with 收藏, and finds it again later; broken or full storage never stops them reading it.
import Taro from '@tarojs/taro'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import GuidePage from '@/packages/services/guide/index'
import guides from '@/content/guides.json'
import { GUIDE_PAGE } from '@/domain/routes'
import { openPageAt } from '../support/route'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const FAVOURITES_KEY = 'services.favourites.v1'
const RECENTS_KEY = 'services.recents.v1'
const STORAGE_FULL_TOAST = { title: '存储空间不足，本次记录仅在当前打开期间有效', icon: 'none' }

/** 政务服务办事: two fields the sources give (网上办理, 咨询电话), seven they do not. */
const guide = guides.find((g) => g.id === 'gov-online-services')!

const openGuide = (id: string) => openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id })

/** What this device keeps under a key, as the app reads it. */
const stored = (key: string): unknown => Taro.getStorageSync(key)

const favouriteButton = () => screen.getByText(/收藏$/)

function storageIsFull(): jest.SpyInstance {
  return jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
    throw new Error('setStorageSync:fail exceed storage max size 10MB')
  })
}

beforeEach(() => {
  localStorage.clear()
})

describe('a guide page opened with ?id=gov-online-services', () => {
  beforeEach(() => openGuide(guide.id))

  it('shows the guide’s name as its heading, its category and what it is', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('办事指南')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('政务服务办事')
    expect(screen.getByText('政务服务')).toBeTruthy()
    expect(screen.getByText(guide.what)).toBeTruthy()
  })

  it('shows the fields the sources give, and 待核实 for each of the seven they do not', () => {
    expect(screen.getByText(guide.online!)).toBeTruthy()
    expect(screen.getByText('12345')).toBeTruthy()
    expect(screen.getAllByText('待核实')).toHaveLength(7)
    for (const label of ['办理对象', '办理地点', '办理时间', '所需材料', '办理步骤', '办理时限', '费用']) {
      const row = screen.getByText(label).closest('.nut-cell') as HTMLElement
      expect(row.textContent).toContain('待核实')
    }
    for (const label of ['网上办理', '咨询电话']) {
      const row = screen.getByText(label).closest('.nut-cell') as HTMLElement
      expect(row.textContent).not.toContain('待核实')
    }
  })

  it('points to 12345 for what is 待核实', () => {
    expect(
      screen.getByText(
        '标注“待核实”的 7 项在公开资料中没有写明，请拨打 12345 政务服务便民热线咨询，或以现场公示为准。',
      ),
    ).toBeTruthy()
  })

  it('quotes its sources and says when it was last checked', () => {
    for (const s of guide.sources) expect(screen.getByText(`“${s.quote}”`)).toBeTruthy()
    expect(screen.getAllByText('来源：西城区2021年工作回顾')).toHaveLength(1)
    expect(screen.getByText(`最近核对：${guide.lastVerified}`)).toBeTruthy()
  })
})

describe('收藏 on a guide page', () => {
  beforeEach(() => openGuide(guide.id))

  it('is not pressed until the resident taps it', () => {
    expect(favouriteButton().textContent).toBe('☆ 收藏')
    expect(stored(FAVOURITES_KEY)).toBe('')
  })

  it('turns into 已收藏 when tapped and keeps the guide under services.favourites.v1', () => {
    fireEvent.click(favouriteButton())
    expect(favouriteButton().textContent).toBe('★ 已收藏')
    expect(favouriteButton().closest('.nut-button')?.getAttribute('aria-pressed')).toBe('true')
    expect(stored(FAVOURITES_KEY)).toEqual([guide.id])
  })

  it('a second tap takes it out of the favourites again', () => {
    fireEvent.click(favouriteButton())
    fireEvent.click(favouriteButton())
    expect(favouriteButton().textContent).toBe('☆ 收藏')
    expect(favouriteButton().closest('.nut-button')?.getAttribute('aria-pressed')).toBe('false')
    expect(stored(FAVOURITES_KEY)).toEqual([])
  })

  it('is still 已收藏 when the guide is opened again', async () => {
    fireEvent.click(favouriteButton())
    cleanup()
    await openGuide(guide.id)
    expect(favouriteButton().textContent).toBe('★ 已收藏')
  })
})

describe('favourites saved before', () => {
  it('keeps the other favourites, newest first, when one more is added', async () => {
    Taro.setStorageSync(FAVOURITES_KEY, ['utilities-heating'])
    await openGuide(guide.id)
    fireEvent.click(favouriteButton())
    expect(stored(FAVOURITES_KEY)).toEqual([guide.id, 'utilities-heating'])
  })

  it('shows 已收藏 straight away for a guide that is already a favourite', async () => {
    Taro.setStorageSync(FAVOURITES_KEY, ['utilities-heating', guide.id])
    await openGuide(guide.id)
    expect(favouriteButton().textContent).toBe('★ 已收藏')
  })
})

describe('recently viewed', () => {
  it('records the guide under services.recents.v1 when it is opened', async () => {
    await openGuide(guide.id)
    await waitFor(() => expect(stored(RECENTS_KEY)).toEqual([guide.id]))
  })

  it('moves a guide opened before to the front, without listing it twice', async () => {
    Taro.setStorageSync(RECENTS_KEY, ['utilities-heating', guide.id, 'safety-food'])
    await openGuide(guide.id)
    await waitFor(() => expect(stored(RECENTS_KEY)).toEqual([guide.id, 'utilities-heating', 'safety-food']))
  })

  it('keeps only the 20 most recent', async () => {
    const older = Array.from({ length: 20 }, (_, i) => `older-${i + 1}`)
    Taro.setStorageSync(RECENTS_KEY, older)
    await openGuide(guide.id)
    await waitFor(() => expect(stored(RECENTS_KEY)).toEqual([guide.id, ...older.slice(0, 19)]))
  })

  it('does not record a link whose guide does not exist', async () => {
    await openGuide('no-such-guide')
    expect(stored(RECENTS_KEY)).toBe('')
  })
})

describe('corrupted storage', () => {
  it.each([
    ['truncated JSON written by something else', () => localStorage.setItem(FAVOURITES_KEY, '{"oops"')],
    ['a string that looks like JSON', () => Taro.setStorageSync(FAVOURITES_KEY, '{"oops"')],
    ['a number', () => Taro.setStorageSync(FAVOURITES_KEY, 42)],
    ['an object', () => Taro.setStorageSync(FAVOURITES_KEY, { [guide.id]: true })],
    ['null', () => Taro.setStorageSync(FAVOURITES_KEY, null)],
  ])(
    'starts with no favourites when services.favourites.v1 holds %s, and saves a clean list',
    async (_what, corrupt) => {
      corrupt()
      await openGuide(guide.id)
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(guide.name)
      expect(favouriteButton().textContent).toBe('☆ 收藏')
      fireEvent.click(favouriteButton())
      expect(favouriteButton().textContent).toBe('★ 已收藏')
      expect(stored(FAVOURITES_KEY)).toEqual([guide.id])
    },
  )

  it('starts the recent list afresh when services.recents.v1 holds rubbish', async () => {
    localStorage.setItem(RECENTS_KEY, '{"oops"')
    await openGuide(guide.id)
    await waitFor(() => expect(stored(RECENTS_KEY)).toEqual([guide.id]))
  })

  it('drops the entries of a stored list that are not guide ids', async () => {
    Taro.setStorageSync(RECENTS_KEY, [7, null, 'utilities-heating', { id: 'x' }, 'utilities-heating'])
    await openGuide(guide.id)
    await waitFor(() => expect(stored(RECENTS_KEY)).toEqual([guide.id, 'utilities-heating']))
  })

  it('still opens when storage cannot be read at all', async () => {
    jest.spyOn(Taro, 'getStorageSync').mockImplementation(() => {
      throw new Error('getStorageSync:fail')
    })
    await openGuide(guide.id)
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(guide.name)
    expect(favouriteButton().textContent).toBe('☆ 收藏')
  })
})

describe('when storage is full', () => {
  it('still shows 已收藏 after 收藏 is tapped, and says it is kept only for now', async () => {
    await openGuide(guide.id)
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    const setStorageSync = storageIsFull()
    fireEvent.click(favouriteButton())
    expect(setStorageSync).toHaveBeenCalledWith(FAVOURITES_KEY, [guide.id])
    expect(favouriteButton().textContent).toBe('★ 已收藏')
    expect(showToast).toHaveBeenCalledWith(STORAGE_FULL_TOAST)
    // Nothing was written, and the page goes on working in memory.
    expect(localStorage.getItem(FAVOURITES_KEY)).toBeNull()
    fireEvent.click(favouriteButton())
    expect(favouriteButton().textContent).toBe('☆ 收藏')
  })

  it('opens the guide anyway when even recording it as recently viewed fails', async () => {
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    storageIsFull()
    await openGuide(guide.id)
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(guide.name)
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(STORAGE_FULL_TOAST))
    expect(localStorage.getItem(RECENTS_KEY)).toBeNull()
  })

  it('says nothing while storage works', async () => {
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    await openGuide(guide.id)
    fireEvent.click(favouriteButton())
    expect(showToast).not.toHaveBeenCalled()
  })
})

describe('a guide link with an unknown id', () => {
  beforeEach(() => openGuide('no-such-guide'))

  it('says 找不到这条办事指南 and 返回民生 goes to the 民生 tab', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    expect(screen.getByText('找不到这条办事指南')).toBeTruthy()
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
    expect(screen.queryByText(/收藏$/)).toBeNull()
    fireEvent.click(screen.getByText('返回民生'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })
})

describe('‹ 返回 on a guide page opened straight from a link', () => {
  beforeEach(() => openGuide(guide.id))

  it('goes to the 民生 tab', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}] as ReturnType<typeof Taro.getCurrentPages>)
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    fireEvent.click(screen.getByLabelText('返回上一页'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })
})

// A resident taps 长辈版 in a page header: the page switches to large text, every page follows, and it is remembered.
import Taro from '@tarojs/taro'
import { act, fireEvent, screen } from '@testing-library/react'
import NewsPage from '@/pages/news/index'
import ParksPage from '@/pages/parks/index'
import { uiModeStore } from '@/services/ui-mode'
import { STORAGE_KEYS } from '@/services/storage'
import { openPage } from '../support/render-page'

const shellOf = (heading: string) => screen.getByText(heading).closest('.page-shell') as HTMLElement

afterEach(() => {
  act(() => {
    uiModeStore.set('standard')
  })
  jest.restoreAllMocks()
})

describe('长辈版 switch', () => {
  it('turns on large text for the page and saves the choice', async () => {
    const save = jest.spyOn(Taro, 'setStorageSync')
    await openPage(NewsPage)
    expect(shellOf('西城要闻').className).toContain('page-shell--standard')
    fireEvent.click(screen.getByLabelText('切换到长辈版（大字）'))
    expect(shellOf('西城要闻').className).toContain('page-shell--elder')
    expect(shellOf('西城要闻').style.getPropertyValue('--app-font-body')).toBe('20px')
    expect(shellOf('西城要闻').style.getPropertyValue('--app-target')).toBe('60px')
    expect(save).toHaveBeenCalledWith(STORAGE_KEYS.uiMode, 'elder')
    expect(screen.getByLabelText('长辈版已开启，点按切换回标准版').getAttribute('aria-pressed')).toBe('true')
  })

  it('applies to a page opened afterwards, and switches back', async () => {
    act(() => {
      uiModeStore.set('elder')
    })
    await openPage(ParksPage)
    expect(shellOf('公园绿地').className).toContain('page-shell--elder')
    fireEvent.click(screen.getByLabelText('长辈版已开启，点按切换回标准版'))
    expect(shellOf('公园绿地').className).toContain('page-shell--standard')
  })

  it('still switches, and says so, when the choice cannot be saved', async () => {
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('quota')
    })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    await openPage(NewsPage)
    fireEvent.click(screen.getByLabelText('切换到长辈版（大字）'))
    expect(shellOf('西城要闻').className).toContain('page-shell--elder')
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '设置未能保存，本次打开期间有效' }))
  })
})

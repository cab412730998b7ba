// A resident taps the 长辈版 switch in a page header: it reads 长辈版 with its state (关 / 开) as a switch, the page
// switches to large text, every page follows, and it is remembered.
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import NewsPage from '@/pages/news/index'
import ParksPage from '@/pages/parks/index'
import { uiModeStore } from '@/services/ui-mode'
import { STORAGE_KEYS } from '@/services/storage'
import { openPage } from '../support/render-page'

const elderSwitch = () => screen.getByRole('switch', { name: /长辈版/ })

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
    expect(elderSwitch().getAttribute('aria-checked')).toBe('false')
    expect(elderSwitch().textContent).toBe('长辈版关')
    fireEvent.click(elderSwitch())
    expect(shellOf('西城要闻').className).toContain('page-shell--elder')
    expect(shellOf('西城要闻').style.getPropertyValue('--app-font-body')).toBe('20px')
    expect(shellOf('西城要闻').style.getPropertyValue('--app-target')).toBe('60px')
    expect(save).toHaveBeenCalledWith(STORAGE_KEYS.uiMode, 'elder')
    expect(elderSwitch().getAttribute('aria-checked')).toBe('true')
    expect(elderSwitch().textContent).toBe('长辈版开')
  })

  it('applies to a page opened afterwards, and switches back', async () => {
    act(() => {
      uiModeStore.set('elder')
    })
    render(<ParksPage />)
    expect(shellOf('公园绿地').className).toContain('page-shell--elder')
    expect(elderSwitch().getAttribute('aria-checked')).toBe('true')
    fireEvent.click(elderSwitch())
    expect(shellOf('公园绿地').className).toContain('page-shell--standard')
    expect(elderSwitch().getAttribute('aria-checked')).toBe('false')
  })

  it('still switches, and says so, when the choice cannot be saved', async () => {
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('quota')
    })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    await openPage(NewsPage)
    fireEvent.click(elderSwitch())
    expect(shellOf('西城要闻').className).toContain('page-shell--elder')
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '设置未能保存，本次打开期间有效' }))
  })
})

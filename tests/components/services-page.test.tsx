// A resident opens 民生, finds 12345 and calls or copies it, and reads what the district did for each life event.
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import ServicesOverviewPage from '../../src/pages/services/index'
import hotlines from '../../src/content/hotlines.json'
import categories from '../../src/content/services.json'
import { openPage } from '../support/render-page'

const ok = (api: string) => ({ errMsg: `${api}:ok` })

describe('民生 page', () => {
  beforeEach(() => openPage(ServicesOverviewPage))

  it('shows 12345 and every bundled hotline with its name', () => {
    expect(screen.getByText('12345')).toBeTruthy()
    for (const h of hotlines) {
      expect(screen.getByText(h.number)).toBeTruthy()
      expect(screen.getByText(h.name)).toBeTruthy()
    }
  })

  it('calls 12345 when its 拨打 button is tapped', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getByLabelText('拨打 12345 政务服务便民热线'))
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('calls the number of the row whose 拨打 was tapped', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    const buttons = screen.getAllByText('拨打')
    expect(buttons).toHaveLength(hotlines.length)
    fireEvent.click(buttons[2])
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: hotlines[2].number })
  })

  it('copies 12345 when 复制 is tapped, and says so', async () => {
    const setClipboardData = jest
      .spyOn(Taro, 'setClipboardData')
      .mockResolvedValue({ ...ok('setClipboardData'), data: '12345' })
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(screen.getByLabelText('复制号码 12345'))
    expect(setClipboardData).toHaveBeenCalledWith({ data: '12345' })
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '已复制 12345', icon: 'none' }))
  })

  it('tells the resident to note the number down when copying fails', async () => {
    jest.spyOn(Taro, 'setClipboardData').mockRejectedValue(new Error('setClipboardData:fail'))
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(screen.getByLabelText('复制号码 12345'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '复制失败，请手动记下号码', icon: 'none' }))
  })

  it('shows every life-event category with its facts', () => {
    expect(categories).toHaveLength(12)
    for (const category of categories) {
      expect(screen.getByText(category.name)).toBeTruthy()
      for (const fact of category.facts) expect(screen.getByText(fact.text)).toBeTruthy()
    }
    expect(within(screen.getByRole('main')).getAllByText(/^来源：/)).toHaveLength(
      categories.reduce((n, c) => n + c.facts.length, 0),
    )
  })
})

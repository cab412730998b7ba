// A resident taps 全部热线 on 民生 and finds every national hotline with its name and purpose; calls one with 拨打, or
// copies the number with 复制 and is told it was copied — or why not.
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import HotlinesPage from '@/packages/services/hotlines/index'
import hotlines from '@/content/hotlines.json'
import { HOTLINES_PAGE, SERVICES_SUBPACKAGE } from '@/domain/routes'
import { openPageAt } from '../support/route'

const ok = (api: string) => ({ errMsg: `${api}:ok` })

beforeEach(async () => {
  localStorage.clear()
  await openPageAt(HotlinesPage, `/${HOTLINES_PAGE}`, {})
  await screen.findByText('12345')
})

describe('全部热线', () => {
  it('is a page of the services subpackage, titled 全部热线', () => {
    expect(SERVICES_SUBPACKAGE.pages).toContain('hotlines/index')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('全部热线')
  })

  it('lists every bundled hotline with its number, name and purpose', () => {
    for (const h of hotlines) {
      expect(screen.getByText(h.number)).toBeTruthy()
      expect(screen.getByText(h.name)).toBeTruthy()
      expect(screen.getByText(h.purpose)).toBeTruthy()
    }
    expect(screen.getAllByText('拨打')).toHaveLength(hotlines.length)
    expect(screen.getAllByText('复制')).toHaveLength(hotlines.length)
  })

  it('calls the number of the row whose 拨打 was tapped', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getAllByText('拨打')[2])
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: hotlines[2].number })
  })

  it('calls 12348 from its labelled button', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getByLabelText('拨打 12348 公共法律服务热线'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12348' })
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

  it('says 未获授权 and how to allow copying when the privacy guide was refused (mini-program)', async () => {
    jest
      .spyOn(Taro, 'setClipboardData')
      .mockRejectedValue({ errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 })
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(screen.getByLabelText('复制号码 12345'))
    await waitFor(() =>
      expect(showToast).toHaveBeenCalledWith({ title: '未获授权：再点复制并选「同意」', icon: 'none' }),
    )
  })
})

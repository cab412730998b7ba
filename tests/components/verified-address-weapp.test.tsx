// In the mini-program, a verified address with a map point gets 导航: WeChat's map opens at that point with the place's
// name and address. An address the sources give, or one verified without a point, has none. (map-location.weapp.ts
// stands in for the H5 file jest would pick; H5 never shows 导航.) The 居委会 contacts lead the 月湾湖 page once
// verified, the phone a 拨打 button. Taro.request is faked at its level: the endpoint is not on this branch's server.
import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import GuidePage from '@/packages/services/guide/index'
import CommunityOverviewPage from '@/pages/community/index'
import { GUIDE_PAGE } from '@/domain/routes'
import { openPageAt } from '../support/route'
import { openPage } from '../support/render-page'
import { factList, verifiedFact } from '../support/verified-facts'

jest.mock('@/services/map-location', () => jest.requireActual('@/services/map-location.weapp'))

const HEATING = 'utilities-heating'
const POINT = { latitude: 33.5652, longitude: 113.9871 }

function serve(list: unknown) {
  jest.spyOn(Taro, 'request').mockImplementation((async (options: Taro.request.Option) => {
    if (!options.url.includes('/api/verified-facts')) throw { errMsg: 'request:fail' }
    return { statusCode: 200, data: list, header: {}, errMsg: 'request:ok' }
  }) as unknown as typeof Taro.request)
}

const row = (label: string) => screen.getByText(label).closest('.nut-cell') as HTMLElement

beforeEach(() => {
  localStorage.clear()
  jest.useFakeTimers({ now: new Date('2026-12-02T10:00:00+08:00'), advanceTimers: true })
})
afterEach(() => jest.useRealTimers())

it('opens WeChat’s map at a verified 地点 with a map point', async () => {
  serve(
    factList([verifiedFact({ kind: 'guide', id: HEATING, field: 'where' }, { text: '长江路供热站', point: POINT })]),
  )
  const openLocation = jest.spyOn(Taro, 'openLocation').mockResolvedValue({ errMsg: 'openLocation:ok' })
  await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
  fireEvent.click(within(row('办理地点')).getByText('导航'))
  expect(openLocation).toHaveBeenCalledWith(
    expect.objectContaining({ ...POINT, name: '冬季供暖', address: '长江路供热站' }),
  )
})

it('offers no 导航 for an address verified without a map point', async () => {
  serve(factList([verifiedFact({ kind: 'guide', id: HEATING, field: 'where' }, { text: '长江路供热站', point: null })]))
  await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
  expect(within(row('办理地点')).getByText('长江路供热站')).toBeTruthy()
  expect(within(row('办理地点')).queryByText('导航')).toBeNull()
})

describe('the 居委会 contacts on the 月湾湖 page', () => {
  it('come before the community facts once verified, the phone a 拨打 button', async () => {
    serve(
      factList([
        verifiedFact({ kind: 'community', id: 'yuewanhu', field: 'phone' }, '0395-1234567', { method: 'phone' }),
        verifiedFact({ kind: 'community', id: 'yuewanhu', field: 'hours' }, '周一至周五 9:00–17:00'),
      ]),
    )
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await openPage(CommunityOverviewPage)
    const contacts = await screen.findByText('居委会联系方式')
    const facts = screen.getByText('2023年，月湾湖社区成为全市幸福社区样板。')
    expect(contacts.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(row('办公时间')).getByText('周一至周五 9:00–17:00')).toBeTruthy()
    expect(within(row('联系电话')).getByText('已核实 · 月湾湖社区 · 2026-12-01')).toBeTruthy()
    // Nobody verified the address: it is not listed.
    expect(screen.queryByText('居委会地址')).toBeNull()
    fireEvent.click(within(row('联系电话')).getByText('拨打'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0395-1234567' })
  })

  it('are not there while nothing is verified', async () => {
    serve(factList([]))
    await openPage(CommunityOverviewPage)
    await screen.findByText('2023年，月湾湖社区成为全市幸福社区样板。')
    expect(screen.queryByText('居委会联系方式')).toBeNull()
  })
})

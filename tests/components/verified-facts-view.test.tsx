// A resident opens the 冬季供暖 guide after 月湾湖社区's worker 李红 verified its 地点 and 咨询电话: each shows 已核实 ·
// 月湾湖社区 · 2026-12-01 (tap: how, who, when, next check), the phone is a 拨打 button — an unverified one is not —
// and past its re-check date a value says 待复核. Offline the kept copy stands in with 更新于. In 公园, open-now and the
// facility filter count verified hours and facilities only.
// The verified-facts endpoint is not on this branch's server yet, so Taro.request is faked at its level here (the
// wire shape of verifiedFactListSchema); everything else would fail as offline.
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import GuidePage from '@/packages/services/guide/index'
import ParkListPage from '@/pages/parks/index'
import ParkPage from '@/packages/parks/detail/index'
import { correctionUrl, GUIDE_PAGE, PARK_PAGE } from '@/domain/routes'
import { STORAGE_KEYS } from '@/services/storage'
import { openPageAt } from '../support/route'
import { openPage } from '../support/render-page'
import { factList, verifiedFact } from '../support/verified-facts'

const HEATING = 'utilities-heating'
const DAILY = {
  kind: 'scheduled',
  seasons: [{ from: '01-01', to: '12-31', ranges: [{ open: '06:00', close: '22:00' }] }],
  closures: [],
}
const where = verifiedFact(
  { kind: 'guide', id: HEATING, field: 'where' },
  { text: '月湾湖社区党群服务中心一楼', point: null },
  { method: 'official-notice', evidence: { noticeTitle: '2026年冬季供暖办理公告', photoUrl: null } },
)
const phone = verifiedFact({ kind: 'guide', id: HEATING, field: 'phone' }, '0395-1234567', { method: 'phone' })

/** The API answers GET /api/verified-facts with `list` (or not at all: offline); every other call fails as offline. */
function serve(list: unknown | 'offline') {
  const request = jest.spyOn(Taro, 'request').mockImplementation((async (options: Taro.request.Option) => {
    if (list === 'offline' || !options.url.includes('/api/verified-facts')) throw { errMsg: 'request:fail' }
    return { statusCode: 200, data: list, header: {}, errMsg: 'request:ok' }
  }) as unknown as typeof Taro.request)
  return request
}

const row = (label: string) => screen.getByText(label).closest('.nut-cell') as HTMLElement

beforeEach(() => {
  localStorage.clear()
  jest.useFakeTimers({ now: new Date('2026-12-02T10:00:00+08:00'), advanceTimers: true })
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

describe('the 冬季供暖 guide with verified fields', () => {
  it('shows the verified 地点 with 已核实 · 月湾湖社区 · 2026-12-01, and tapping it tells how, who and when', async () => {
    const request = serve(factList([where, phone]))
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    expect(request).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringContaining('community=yuewanhu') }),
    )
    const place = within(row('办理地点'))
    expect(place.getByText('月湾湖社区党群服务中心一楼')).toBeTruthy()
    fireEvent.click(place.getByText('已核实 · 月湾湖社区 · 2026-12-01'))
    expect(place.getByText('核实方式：官方公示（2026年冬季供暖办理公告）')).toBeTruthy()
    expect(place.getByText('核实人：李红（月湾湖社区）')).toBeTruthy()
    expect(place.getByText('核实时间：2026-12-01 10:00')).toBeTruthy()
    expect(place.getByText('下次复核：2027-05-30')).toBeTruthy()
    expect(place.queryByText('待复核')).toBeNull()
    // H5 has no map to hand a point to: no 导航 (and this address has no point anyway).
    expect(place.queryByText('导航')).toBeNull()
  })

  it('makes the verified 咨询电话 a 拨打 button that calls the number', async () => {
    serve(factList([where, phone]))
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    fireEvent.click(within(row('咨询电话')).getByText('拨打'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0395-1234567' })
  })

  it('leaves an unverified 咨询电话 as plain 待核实 with no 拨打, and offers 我来补充', async () => {
    serve(factList([where]))
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    const phoneRow = within(row('咨询电话'))
    expect(phoneRow.getByText('待核实')).toBeTruthy()
    expect(phoneRow.queryByText('拨打')).toBeNull()
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    fireEvent.click(phoneRow.getByText('我来补充'))
    expect(navigateTo).toHaveBeenCalledWith({
      url: correctionUrl({ kind: 'guide', id: HEATING, field: 'phone' }, '冬季供暖'),
    })
  })

  it('says 待复核 beside a value past its re-check date', async () => {
    serve(factList([{ ...phone, recheckBy: '2026-11-30', stale: false }]))
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    const phoneRow = within(row('咨询电话'))
    expect(phoneRow.getByText('已核实 · 月湾湖社区 · 2026-12-01')).toBeTruthy()
    expect(phoneRow.getByText('待复核')).toBeTruthy()
  })

  it('offline, shows the kept copy with 更新于 when it was fetched', async () => {
    Taro.setStorageSync(STORAGE_KEYS.verifiedFacts, factList([phone], '2026-12-02T06:05:00.000Z'))
    serve('offline')
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    expect(screen.getByText('已核实信息：离线查看 · 更新于 12月2日 14:05')).toBeTruthy()
    expect(within(row('咨询电话')).getByText('拨打')).toBeTruthy()
  })
})

describe('公园 counts only verified hours and facilities', () => {
  const hours = verifiedFact({ kind: 'park', id: 'huaxi-wetland-park', field: 'hours' }, DAILY)
  const toilets = verifiedFact({ kind: 'park', id: 'huaxi-wetland-park', field: 'facility.toilets' }, 'present')

  it('on the tab: 开放中 and 卫生间 for the verified park only, from the kept copy and its refresh', async () => {
    serve(factList([hours, toilets]))
    await openPage(ParkListPage)
    await waitFor(() => expect(within(screen.getByLabelText('花溪湿地公园')).getByText(/开放中/)).toBeTruthy())
    expect(screen.getAllByText(/开放中/)).toHaveLength(1)
    fireEvent.click(screen.getByText('卫生间', { selector: '.choice-chips__chip *' }))
    expect(screen.getByText(/^确认有所选设施/).textContent).toBe('确认有所选设施：1 处；设施待核实：7 处（以现场为准）')
  })

  it('on the park page: open now with the verified hours, 已核实 beside them', async () => {
    serve(factList([hours]))
    await openPageAt(ParkPage, `/${PARK_PAGE}`, { id: 'huaxi-wetland-park' })
    expect(screen.getByText(/^开放时间：开放中/)).toBeTruthy()
    const hoursRow = within(row('开放时间'))
    expect(hoursRow.getByText('每天 06:00–22:00')).toBeTruthy()
    expect(hoursRow.getByText('已核实 · 月湾湖社区 · 2026-12-01')).toBeTruthy()
  })
})

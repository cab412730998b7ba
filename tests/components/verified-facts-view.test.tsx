// A resident opens the 冬季供暖 guide after 月湾湖社区's worker 李红 verified its 地点 and 咨询电话: each shows 已核实 ·
// 月湾湖社区 · 2026-12-01 (tap: how, who, when, next check), the phone is a 拨打 button — an unverified one is not —
// and past its re-check date a value says 待复核. Offline the kept copy stands in with 更新于. In 公园, open-now and the
// facility filter count verified hours and facilities only. 李红 publishes through the real API (tests/support/
// fake-api.ts: the server's own handlers on PGlite); the pages fetch what she published as any resident would.
import Taro from '@tarojs/taro'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import GuidePage from '@/packages/services/guide/index'
import ParkListPage from '@/pages/parks/index'
import ParkPage from '@/packages/parks/detail/index'
import { API_PATHS } from '@/domain/api-paths'
import { GUIDE_PAGE, PARK_PAGE } from '@/domain/routes'
import { correctionUrl } from '@/domain/verified-routes'
import type { VerifyBodyInput } from '@/domain/verified-facts'
import { loadVerifiedFacts } from '@/services/verified-facts'
import { fakeApiForFile } from '../support/fake-api'
import { openPageAt } from '../support/route'
import { openPage } from '../support/render-page'
import { EXAMPLE_NOTICE, EXAMPLE_PHONE, EXAMPLE_PLACE, verifyOnServer, clocksAt } from '../support/verify-on-server'
import { startsWith } from '../support/link-name'

const api = fakeApiForFile()

const HEATING = 'utilities-heating'
const DAILY = {
  kind: 'scheduled',
  seasons: [{ from: '01-01', to: '12-31', ranges: [{ open: '06:00', close: '22:00' }] }],
  closures: [],
}
/** Now, for the resident: 2026-12-02 10:00 in China. 李红 verified the day before at 10:00. */
const NOW = new Date('2026-12-02T10:00:00+08:00')
const VERIFIED_AT = new Date('2026-12-01T10:00:00+08:00')

const where: VerifyBodyInput = {
  subject: { kind: 'guide', id: HEATING, field: 'where' },
  value: { text: EXAMPLE_PLACE, point: null },
  method: 'official-notice',
  evidence: { noticeTitle: EXAMPLE_NOTICE, photoId: null },
  recheckBy: '2027-05-30',
}
const phone: VerifyBodyInput = {
  subject: { kind: 'guide', id: HEATING, field: 'phone' },
  value: EXAMPLE_PHONE,
  method: 'phone',
  recheckBy: '2027-05-30',
}

const verify = (...bodies: VerifyBodyInput[]) => verifyOnServer(api, VERIFIED_AT, NOW, ...bodies)

/** The app's GETs of the verified facts. */
const factGets = () => api.calls.filter((c) => c.method === 'GET' && c.url.startsWith(API_PATHS.verifiedFacts))

const row = (label: string) => screen.getByText(label).closest('.nut-cell') as HTMLElement

/** Once the page has asked for the verified facts, until that fetch has been answered (or failed) and shown. */
async function factsFetched() {
  await waitFor(() => expect(factGets().length).toBeGreaterThan(0))
  await act(() => loadVerifiedFacts())
}

async function openHeatingGuide() {
  await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
  await factsFetched()
}

clocksAt(api, NOW)

describe('the 冬季供暖 guide with verified fields', () => {
  it('shows the verified 地点 with 已核实 · 月湾湖社区 · 2026-12-01, and tapping it tells how, who and when', async () => {
    await verify(where, phone)
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    const place = within(row('办理地点'))
    expect(await place.findByText(EXAMPLE_PLACE)).toBeTruthy()
    expect(factGets().map((c) => c.url)).toEqual([`${API_PATHS.verifiedFacts}?community=yuewanhu`])
    fireEvent.click(place.getByText('已核实 · 月湾湖社区 · 2026-12-01'))
    expect(place.getByText(`核实方式：官方公示（${EXAMPLE_NOTICE}）`)).toBeTruthy()
    expect(place.getByText('核实人：李红（月湾湖社区）')).toBeTruthy()
    expect(place.getByText('核实时间：2026-12-01 10:00')).toBeTruthy()
    expect(place.getByText('下次复核：2027-05-30')).toBeTruthy()
    expect(place.queryByText('待复核')).toBeNull()
    // H5 has no map to hand a point to: no 导航 (and this address has no point anyway).
    expect(place.queryByText('导航')).toBeNull()
  })

  it('makes the verified 咨询电话 a 拨打 button that calls the number', async () => {
    await verify(where, phone)
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    fireEvent.click(await within(row('咨询电话')).findByText('拨打'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: EXAMPLE_PHONE })
  })

  it('leaves an unverified 咨询电话 as plain 待核实 with no 拨打, and offers 我来补充', async () => {
    await verify(where)
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    expect(await within(row('办理地点')).findByText(EXAMPLE_PLACE)).toBeTruthy()
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
    // Verified half a year ago, to be checked again by 2026-11-30: two days ago now.
    await verifyOnServer(api, new Date('2026-06-01T10:00:00+08:00'), NOW, { ...phone, recheckBy: '2026-11-30' })
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    const phoneRow = within(row('咨询电话'))
    expect(await phoneRow.findByText('已核实 · 月湾湖社区 · 2026-06-01')).toBeTruthy()
    expect(phoneRow.getByText('待复核')).toBeTruthy()
  })

  it('offline, shows the copy kept from the last visit with 更新于 when it was fetched', async () => {
    await verify(phone)
    // Fetched this morning at 06:05 (UTC; 14:05 in China) …
    const fetched = new Date('2026-12-02T06:05:00.000Z')
    await api.setClock(fetched)
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
    await within(row('咨询电话')).findByText('拨打')
    expect(screen.queryByText(/离线查看/)).toBeNull()
    cleanup()
    // … and opened again with no network.
    api.offline = true
    await openHeatingGuide()
    expect(await screen.findByText('已核实信息：离线查看 · 更新于 12月2日 14:05')).toBeTruthy()
    expect(within(row('咨询电话')).getByText('拨打')).toBeTruthy()
  })

  it('offline with no copy kept, shows the guide as the sources give it: no 已核实, no 拨打', async () => {
    await verify(phone)
    api.offline = true
    await openHeatingGuide()
    const phoneRow = within(row('咨询电话'))
    expect(phoneRow.getByText('待核实')).toBeTruthy()
    expect(phoneRow.queryByText('拨打')).toBeNull()
    expect(screen.queryByText(/已核实/)).toBeNull()
  })
})

describe('公园 counts only verified hours and facilities', () => {
  const hours: VerifyBodyInput = {
    subject: { kind: 'park', id: 'huaxi-wetland-park', field: 'hours' },
    value: DAILY,
    method: 'on-site',
    recheckBy: '2027-05-30',
  }
  const toilets: VerifyBodyInput = {
    subject: { kind: 'park', id: 'huaxi-wetland-park', field: 'facility.toilets' },
    value: 'present',
    method: 'on-site',
    recheckBy: '2027-05-30',
  }

  it('on the tab: 开放中 and 卫生间 for the verified park only, from the kept copy and its refresh', async () => {
    await verify(hours, toilets)
    await openPage(ParkListPage)
    await waitFor(() =>
      expect(within(screen.getByRole('link', { name: startsWith('花溪湿地公园') })).getByText(/开放中/)).toBeTruthy(),
    )
    expect(screen.getAllByText(/开放中/)).toHaveLength(1)
    fireEvent.click(screen.getByText('卫生间', { selector: '.choice-chips__chip *' }))
    expect(screen.getByText(/^确认有所选设施/).textContent).toBe('确认有所选设施：1 处；设施待核实：7 处（以现场为准）')
  })

  it('on the tab, nothing verified: no park is 开放中 and none is confirmed to have 卫生间', async () => {
    await openPage(ParkListPage)
    await factsFetched()
    fireEvent.click(screen.getByText('卫生间', { selector: '.choice-chips__chip *' }))
    expect(screen.queryAllByText(/开放中/)).toHaveLength(0)
    expect(screen.getByText(/^确认有所选设施/).textContent).toBe('确认有所选设施：0 处；设施待核实：8 处（以现场为准）')
  })

  it('on the park page: open now with the verified hours, 已核实 beside them', async () => {
    await verify(hours)
    await openPageAt(ParkPage, `/${PARK_PAGE}`, { id: 'huaxi-wetland-park' })
    expect(await screen.findByText(/^开放时间：开放中/)).toBeTruthy()
    const hoursRow = within(row('开放时间'))
    expect(hoursRow.getByText('每天 06:00–22:00')).toBeTruthy()
    expect(hoursRow.getByText('已核实 · 月湾湖社区 · 2026-12-01')).toBeTruthy()
  })
})

// In the mini-program, a verified address with a map point gets 导航: WeChat's map opens at that point with the place's
// name and address. An address the sources give, or one verified without a point, has none. (map-location.weapp.ts
// stands in for the H5 file jest would pick; H5 never shows 导航.) The 居委会 contacts lead the 月湾湖 page once
// verified, the phone a 拨打 button. 李红 publishes through the real API (tests/support/fake-api.ts).
import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import GuidePage from '@/packages/services/guide/index'
import CommunityOverviewPage from '@/pages/community/index'
import { API_PATHS } from '@/domain/api-paths'
import { GUIDE_PAGE } from '@/domain/routes'
import type { VerifyBodyInput } from '@/domain/verified-facts'
import { loadVerifiedFacts } from '@/services/verified-facts'
import { fakeApiForFile } from '../support/fake-api'
import { openPageAt } from '../support/route'
import { openPage } from '../support/render-page'
import { EXAMPLE_PHONE, EXAMPLE_PLACE, verifyOnServer, clocksAt } from '../support/verify-on-server'

jest.mock('@/services/map-location', () => jest.requireActual('@/services/map-location.weapp'))

const api = fakeApiForFile()

const HEATING = 'utilities-heating'
/** An example map point for the test (not where any real office is). */
const POINT = { latitude: 33.5, longitude: 114.0 }
const NOW = new Date('2026-12-02T10:00:00+08:00')
const VERIFIED_AT = new Date('2026-12-01T10:00:00+08:00')
/** Example office hours for the test only. */
const EXAMPLE_HOURS = '周一至周五 9:00–17:00（测试）'

const verify = (...bodies: (Omit<VerifyBodyInput, 'method' | 'recheckBy'> & Partial<VerifyBodyInput>)[]) =>
  verifyOnServer(
    api,
    VERIFIED_AT,
    NOW,
    ...bodies.map((b) => ({ method: 'on-site' as const, recheckBy: '2027-05-30', ...b })),
  )

const verifiedWhere = (point: typeof POINT | null) =>
  verify({ subject: { kind: 'guide', id: HEATING, field: 'where' }, value: { text: EXAMPLE_PLACE, point } })

const row = (label: string) => screen.getByText(label).closest('.nut-cell') as HTMLElement

clocksAt(api, NOW)

it('opens WeChat’s map at a verified 地点 with a map point', async () => {
  await verifiedWhere(POINT)
  const openLocation = jest.spyOn(Taro, 'openLocation').mockResolvedValue({ errMsg: 'openLocation:ok' })
  await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
  fireEvent.click(await within(row('办理地点')).findByText('导航'))
  expect(openLocation).toHaveBeenCalledWith(
    expect.objectContaining({ ...POINT, name: '冬季供暖', address: EXAMPLE_PLACE }),
  )
})

it('offers no 导航 for an address verified without a map point', async () => {
  await verifiedWhere(null)
  await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: HEATING })
  expect(await within(row('办理地点')).findByText(EXAMPLE_PLACE)).toBeTruthy()
  expect(within(row('办理地点')).queryByText('导航')).toBeNull()
})

describe('the 居委会 contacts on the 月湾湖 page', () => {
  it('come before the community facts once verified, the phone a 拨打 button', async () => {
    await verify(
      { subject: { kind: 'community', id: 'yuewanhu', field: 'phone' }, value: EXAMPLE_PHONE, method: 'phone' },
      { subject: { kind: 'community', id: 'yuewanhu', field: 'hours' }, value: EXAMPLE_HOURS },
    )
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await openPage(CommunityOverviewPage)
    const contacts = await screen.findByText('居委会联系方式')
    const facts = screen.getByText('2023年，月湾湖社区成为全市幸福社区样板。')
    expect(contacts.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(row('办公时间')).getByText(EXAMPLE_HOURS)).toBeTruthy()
    expect(screen.getByText('已核实 · 月湾湖社区 · 2026-12-01')).toBeTruthy()
    // Nobody verified the address: it is not listed.
    expect(screen.queryByText('居委会地址')).toBeNull()
    fireEvent.click(within(row('联系电话')).getByText('拨打'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: EXAMPLE_PHONE })
  })

  it('are not there while nothing is verified', async () => {
    await openPage(CommunityOverviewPage)
    await screen.findByText('2023年，月湾湖社区成为全市幸福社区样板。')
    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'GET' && c.url.startsWith(API_PATHS.verifiedFacts))).toBe(true),
    )
    // The page's fetch has been answered (an empty list) and shown.
    await act(() => loadVerifiedFacts())
    expect(screen.queryByText('居委会联系方式')).toBeNull()
  })
})

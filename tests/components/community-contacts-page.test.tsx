// 月湾湖社区's worker 李红 verified the 居委会's phone and 办公时间 (the address stays unverified). On 民生 a resident sees
// a compact card before the national hotlines: each value, 拨打 for the phone, and one line 已核实 · 月湾湖社区 · <date>
// that opens 居委会联系方式, where each row says how it was checked and offers 信息有误. Past a re-check date the card
// and the row say 待复核. 李红 publishes through the real API (tests/support/fake-api.ts).
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import ServicesPage from '@/pages/services/index'
import ContactsPage from '@/packages/community/contacts/index'
import { API_PATHS } from '@/domain/api-paths'
import { CONTACTS_PAGE } from '@/domain/routes'
import { correctionUrl } from '@/domain/verified-routes'
import type { VerifyBodyInput } from '@/domain/verified-facts'
import { fakeApiForFile } from '../support/fake-api'
import { openPage } from '../support/render-page'
import { EXAMPLE_PHONE, verifyOnServer, clocksAt } from '../support/verify-on-server'

const api = fakeApiForFile()

const NOW = new Date('2026-12-02T10:00:00+08:00')
const VERIFIED_AT = new Date('2026-12-01T10:00:00+08:00')
/** Example office hours for the test only. */
const EXAMPLE_HOURS = '周一至周五 9:00–17:00（测试）'

const phone: VerifyBodyInput = {
  subject: { kind: 'community', id: 'yuewanhu', field: 'phone' },
  value: EXAMPLE_PHONE,
  method: 'phone',
  recheckBy: '2027-05-30',
}
const hours: VerifyBodyInput = {
  subject: { kind: 'community', id: 'yuewanhu', field: 'hours' },
  value: EXAMPLE_HOURS,
  method: 'on-site',
  recheckBy: '2027-05-30',
}

const row = (label: string) => screen.getByText(label).closest('.nut-cell') as HTMLElement
const factGets = () => api.calls.filter((c) => c.method === 'GET' && c.url.startsWith(API_PATHS.verifiedFacts))

clocksAt(api, NOW)

describe('the 居委会 card on 民生', () => {
  it('shows the verified 办公时间 and phone with 拨打, before the national hotlines', async () => {
    await verifyOnServer(api, VERIFIED_AT, NOW, phone, hours)
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await openPage(ServicesPage)
    const card = await screen.findByText('居委会联系方式')
    expect(card.compareDocumentPosition(screen.getByText('12345')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(row('办公时间')).getByText(EXAMPLE_HOURS)).toBeTruthy()
    expect(within(row('联系电话')).getByText(EXAMPLE_PHONE)).toBeTruthy()
    // Nobody verified the address: it is not listed.
    expect(screen.queryByText('居委会地址')).toBeNull()
    fireEvent.click(within(row('联系电话')).getByText('拨打'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: EXAMPLE_PHONE })
  })

  it('opens 居委会联系方式 from its 已核实 line', async () => {
    await verifyOnServer(api, VERIFIED_AT, NOW, phone)
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await openPage(ServicesPage)
    fireEvent.click(await screen.findByText('已核实 · 月湾湖社区 · 2026-12-01'))
    expect(navigateTo).toHaveBeenCalledWith({ url: `/${CONTACTS_PAGE}` })
    expect(screen.queryByText('待复核')).toBeNull()
  })

  it('says 待复核 once a contact is past its re-check date', async () => {
    await verifyOnServer(api, new Date('2026-06-01T10:00:00+08:00'), NOW, { ...phone, recheckBy: '2026-11-30' })
    await verifyOnServer(api, VERIFIED_AT, NOW, hours)
    await openPage(ServicesPage)
    // The line gives the older of the two verifications.
    expect(await screen.findByText('已核实 · 月湾湖社区 · 2026-06-01')).toBeTruthy()
    expect(screen.getByText('待复核')).toBeTruthy()
  })

  it('is not there while nothing is verified', async () => {
    await openPage(ServicesPage)
    await screen.findByText('12345')
    await waitFor(() => expect(factGets().length).toBeGreaterThan(0))
    expect(screen.queryByText('居委会联系方式')).toBeNull()
  })
})

describe('the 居委会联系方式 page', () => {
  it('tells how each contact was checked, and offers 信息有误', async () => {
    await verifyOnServer(api, VERIFIED_AT, NOW, phone, hours)
    await openPage(ContactsPage)
    const phoneRow = within(await waitFor(() => row('联系电话')))
    expect(phoneRow.getByText(EXAMPLE_PHONE)).toBeTruthy()
    expect(phoneRow.getByText('拨打')).toBeTruthy()
    fireEvent.click(phoneRow.getByText('已核实 · 月湾湖社区 · 2026-12-01'))
    expect(phoneRow.getByText('核实方式：电话核实')).toBeTruthy()
    expect(phoneRow.getByText('核实人：李红（月湾湖社区）')).toBeTruthy()
    expect(phoneRow.getByText('下次复核：2027-05-30')).toBeTruthy()
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    fireEvent.click(within(row('办公时间')).getByText('信息有误'))
    expect(navigateTo).toHaveBeenCalledWith({
      url: correctionUrl({ kind: 'community', id: 'yuewanhu', field: 'hours' }, '月湾湖社区'),
    })
  })

  it('says the contacts are not verified yet when none is', async () => {
    await openPage(ContactsPage)
    expect(await screen.findByText('居委会的地址、办公时间和电话还没有核实，核实后会显示在这里')).toBeTruthy()
  })
})

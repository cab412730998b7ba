// A worker fills in what the reviews leave 待核实, field by field: from 核实信息 on the desk to the heating guide's 地点
// and 咨询电话, checked with the contract's own schema before anything goes out, confirmed, and kept as a draft until
// published; a refusal keeps what was typed; a resident's 信息纠错 report is answered with 去核实 or 不采纳 (a reason).
// 李红 is signed in to the real API (tests/support/fake-api.ts: the server's own handlers on PGlite).
import fs from 'node:fs'
import path from 'node:path'
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import ReportsPage from '@/packages/community/reports/index'
import VerifyPage from '@/packages/community/verify/index'
import { API_PATHS } from '@/domain/api-contract'
import { createReport } from '@/domain/report-lifecycle'
import { VERIFY_PAGE } from '@/domain/routes'
import { verifyUrl } from '@/domain/verified-routes'
import { RECHECK_DEFAULT_DAYS, verifyBodySchema } from '@/domain/verified-facts'
import { publishVerifiedFact } from '@/services/community/verify-api'
import { addDays, chinaToday } from '@/domain/recheck-date'
import { uiModeStore } from '@/services/ui-mode'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'
import { routeTo } from '../support/route'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }

/** Example values for the test only (not the real office or number). */
const EXAMPLE_PLACE = '示例路 1 号（测试）'
const EXAMPLE_PHONE = '0395-0000000'

/** The verifications the app sent (POST /api/verified-facts), in order. */
const posts = (): unknown[] =>
  api.calls.filter((c) => c.method === 'POST' && c.url === API_PATHS.verifiedFacts).map((c) => c.data)

/** The PATCHes the app sent on reports. */
const reportPatches = () =>
  api.calls
    .filter((c) => c.method === 'PATCH' && c.url.startsWith(`${API_PATHS.reports}/`))
    .map(({ url, data }) => ({ url, data }))

beforeEach(async () => {
  localStorage.clear()
  await api.signInWorker()
})

/** Taro's H5 input draws its real <input>/<textarea> a moment after the page appears. */
const field = (label: string) =>
  waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches('input, textarea') ? host : host.querySelector('input, textarea')
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  }, WAIT)

async function openVerify(params: Record<string, string>) {
  routeTo(`/${VERIFY_PAGE}`, params)
  const page = render(<VerifyPage />)
  await screen.findByText('发布核实结果', {}, WAIT)
  return page
}

const tap = (text: string) => fireEvent.click(screen.getByText(text))

async function publish(what: string, shown: string) {
  tap('发布核实结果')
  expect(await screen.findByText(`发布后居民会看到「${what}」标为已核实，新的内容：${shown}。`)).toBeTruthy()
  tap('确认发布')
}

const recheckDefault = () => addDays(chinaToday(new Date()), RECHECK_DEFAULT_DAYS)

describe('核实信息 on the desk', () => {
  it('lists the heating guide with how many fields wait, and its 地点 opens the form for that field', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<WorkerPage />)
    showPage()
    fireEvent.click(await screen.findByText('办事指南', {}, WAIT))
    // Every one of the heating guide's nine fields is 待核实: the reviews say nothing about any of them.
    fireEvent.click(await screen.findByText('冬季供暖 · 待核实 9 项', {}, WAIT))
    const fields = screen.getByLabelText('冬季供暖可核实的项')
    expect(within(fields).getByText('地点 — 待核实')).toBeTruthy()
    expect(within(fields).getByText('咨询电话 — 待核实')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('核实冬季供暖的地点（待核实）'))
    expect(navigate).toHaveBeenCalledWith({
      url: verifyUrl({ kind: 'guide', id: 'utilities-heating', field: 'where' }),
    })
  })
  it('shows a verified field with its date and one past its re-check date as 待复核, and counts only the rest', async () => {
    // 咨询电话 verified yesterday; 地点 a year ago, to be checked again by 2026-06-01 — past now.
    await api.setClock(new Date('2025-12-01T02:00:00.000Z'))
    await publishVerifiedFact({
      subject: { kind: 'guide', id: 'utilities-heating', field: 'where' },
      value: { text: EXAMPLE_PLACE, point: null },
      method: 'on-site',
      recheckBy: '2026-06-01',
    })
    await api.setClock(new Date('2026-11-30T02:00:00.000Z'))
    await publishVerifiedFact({
      subject: { kind: 'guide', id: 'utilities-heating', field: 'phone' },
      value: EXAMPLE_PHONE,
      method: 'phone',
      recheckBy: '2027-06-01',
    })
    await api.setClock(new Date())
    render(<WorkerPage />)
    showPage()
    fireEvent.click(await screen.findByText('办事指南', {}, WAIT))
    fireEvent.click(await screen.findByText('冬季供暖 · 待核实 7 项', {}, WAIT))
    const fields = screen.getByLabelText('冬季供暖可核实的项')
    expect(within(fields).getByText('咨询电话 — 已核实 · 2026-11-30')).toBeTruthy()
    expect(within(fields).getByText('地点 — 待复核（上次核实 2025-12-01）')).toBeTruthy()
    expect(within(fields).getByText('费用 — 待核实')).toBeTruthy()
  })
})

describe('the verify form', () => {
  it('sends 地点 and 咨询电话 of 冬季供暖, 电话核实, as the contract says, and then shows who verified it', async () => {
    const place = await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'where' })
    expect(screen.getByText('核实：冬季供暖 · 地点')).toBeTruthy()
    // H5 has no map picker, and says so.
    expect(screen.getByText(/网页版不能在地图上选位置/)).toBeTruthy()
    fireEvent.input(await field('地点'), { target: { value: EXAMPLE_PLACE } })
    tap('电话核实')
    await publish('冬季供暖 · 地点', EXAMPLE_PLACE)
    expect(await screen.findByText('已发布，居民现在能看到核实结果', {}, WAIT)).toBeTruthy()
    expect(posts()).toEqual([
      {
        subject: { kind: 'guide', id: 'utilities-heating', field: 'where' },
        value: { text: EXAMPLE_PLACE, point: null },
        method: 'phone',
        evidence: { noticeTitle: null, photoId: null },
        recheckBy: recheckDefault(),
      },
    ])
    expect(verifyBodySchema.safeParse(posts()[0]).success).toBe(true)
    const history = await screen.findByLabelText('核实记录', {}, WAIT)
    expect(within(history).getByText(/李红（月湾湖社区）电话核实$/)).toBeTruthy()
    expect(within(history).getByText(EXAMPLE_PLACE)).toBeTruthy()
    place.unmount()

    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'phone' })
    fireEvent.input(await field('咨询电话'), { target: { value: EXAMPLE_PHONE } })
    tap('电话核实')
    await publish('冬季供暖 · 咨询电话', EXAMPLE_PHONE)
    await screen.findByLabelText('核实记录', {}, WAIT)
    expect(posts()[1]).toEqual({
      subject: { kind: 'guide', id: 'utilities-heating', field: 'phone' },
      value: EXAMPLE_PHONE,
      method: 'phone',
      evidence: { noticeTitle: null, photoId: null },
      recheckBy: recheckDefault(),
    })
  })

  it('a phone number that cannot be dialled gets the contract’s message under it, keeps what was typed, sends nothing', async () => {
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'phone' })
    fireEvent.input(await field('咨询电话'), { target: { value: '12ab' } })
    tap('电话核实')
    tap('发布核实结果')
    expect(await screen.findByText('电话号码格式不对：请写「区号-号码」或 11 位手机号')).toBeTruthy()
    expect(screen.queryByText(/发布后居民会看到/)).toBeNull()
    expect((await field('咨询电话')).value).toBe('12ab')
    expect(posts()).toEqual([])
  })

  it('官方公示 without a title or photo is refused before sending', async () => {
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'phone' })
    fireEvent.input(await field('咨询电话'), { target: { value: EXAMPLE_PHONE } })
    tap('官方公示')
    tap('发布核实结果')
    expect(await screen.findByText('官方公示请填写公示标题或拍下公示')).toBeTruthy()
    expect(posts()).toEqual([])
  })

  it('a 422 from the server keeps the form and shows its message under the field', async () => {
    const refusal = '地址含有不能发布的内容，请修改'
    api.failNext({ status: 422, body: { error: '内容未通过检查', fields: { 'value.text': refusal } } }, 1, 'POST')
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'where' })
    fireEvent.input(await field('地点'), { target: { value: EXAMPLE_PLACE } })
    tap('现场核实')
    await publish('冬季供暖 · 地点', EXAMPLE_PLACE)
    expect(await screen.findByText(refusal, {}, WAIT)).toBeTruthy()
    expect(screen.getByText(/^没有发布：内容未通过检查/)).toBeTruthy()
    expect((await field('地点')).value).toBe(EXAMPLE_PLACE)
    expect(screen.queryByLabelText('核实记录')).toBeNull()
    // Fixed and sent again, it goes.
    fireEvent.input(await field('地点'), { target: { value: `${EXAMPLE_PLACE}一楼` } })
    expect(screen.queryByText(refusal)).toBeNull()
    await publish('冬季供暖 · 地点', `${EXAMPLE_PLACE}一楼`)
    expect(await screen.findByLabelText('核实记录', {}, WAIT)).toBeTruthy()
    expect(posts()).toHaveLength(2)
  })

  it('keeps a draft: leaving the page and coming back brings back what was typed', async () => {
    const first = await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'phone' })
    fireEvent.input(await field('咨询电话'), { target: { value: EXAMPLE_PHONE } })
    tap('电话核实')
    expect(await screen.findByText('草稿已自动保存', {}, WAIT)).toBeTruthy()
    first.unmount()
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'phone' })
    expect((await field('咨询电话')).value).toBe(EXAMPLE_PHONE)
    expect(screen.getByText('电话核实').closest('.choice-chips__chip')?.getAttribute('aria-pressed')).toBe('true')
  })

  it('a re-check date beyond the longest allowed is refused with the latest date allowed', async () => {
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'phone' })
    fireEvent.input(await field('咨询电话'), { target: { value: EXAMPLE_PHONE } })
    tap('电话核实')
    fireEvent.input(await field('下次复核日期'), { target: { value: addDays(chinaToday(new Date()), 800) } })
    tap('发布核实结果')
    expect(await screen.findByText(/^下次复核日期最晚为 \d{4}-\d{2}-\d{2}（730 天内）$/)).toBeTruthy()
    expect(posts()).toEqual([])
  })

  it('确认未知 sends the value null', async () => {
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'fee' })
    tap('确认未知（问过了，目前没有人能说清）')
    tap('电话核实')
    tap('发布核实结果')
    expect(
      await screen.findByText('发布后居民会看到「冬季供暖 · 费用」标为已核实，将标记为「确认未知」。'),
    ).toBeTruthy()
    tap('确认发布')
    await screen.findByLabelText('核实记录', {}, WAIT)
    expect(posts()[0]).toMatchObject({ value: null, method: 'phone' })
  })
})

describe('a resident’s 信息纠错 report in the workers’ queue', () => {
  /** 王阿姨's 信息纠错 report about the heating guide's 地点, as the server stores it. */
  const correction = () =>
    createReport(
      {
        category: '信息纠错',
        description: '地点写的不对',
        place: '冬季供暖',
        subject: { kind: 'guide', id: 'utilities-heating', field: 'where' },
      },
      { id: 'r-7', number: 'YWH-20261201-0007', ownerId: 'resident-wang', photos: [], now: new Date() },
    )

  it('says what it is about, 去核实 opens that field with the report, 不采纳 needs a reason sent as the reply', async () => {
    await api.addReports(correction())
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<ReportsPage />)
    showPage()
    expect(await screen.findByText('关于：冬季供暖 · 地点', {}, WAIT)).toBeTruthy()
    fireEvent.click(screen.getByText('去核实'))
    expect(navigate).toHaveBeenCalledWith({
      url: verifyUrl({ kind: 'guide', id: 'utilities-heating', field: 'where', reportId: 'r-7' }),
    })

    tap('不采纳')
    tap('确认不采纳并回复居民')
    expect(await screen.findByText('请填写不采纳的原因，居民会收到这条回复')).toBeTruthy()
    expect(reportPatches()).toEqual([])
    fireEvent.input(await field('不采纳的原因'), { target: { value: '已到现场核实，原内容无误' } })
    tap('确认不采纳并回复居民')
    await waitFor(() => expect(reportPatches()).toHaveLength(1), WAIT)
    expect(reportPatches()[0]).toEqual({
      url: API_PATHS.report('r-7'),
      data: { status: 'resolved', reply: '不采纳：已到现场核实，原内容无误' },
    })
    await waitFor(() => expect(screen.queryByText('去核实')).toBeNull(), WAIT)
  })

  it('the verify page opened from it says publishing answers the report, and sends its id', async () => {
    await api.addReports(correction())
    await openVerify({ kind: 'guide', id: 'utilities-heating', field: 'where', reportId: 'r-7' })
    expect(screen.getByText(/发布后这条反映会办结，并告诉居民/)).toBeTruthy()
    fireEvent.input(await field('地点'), { target: { value: EXAMPLE_PLACE } })
    tap('现场核实')
    await publish('冬季供暖 · 地点', EXAMPLE_PLACE)
    await screen.findByLabelText('核实记录', {}, WAIT)
    expect(posts()[0]).toMatchObject({ reportId: 'r-7', method: 'on-site' })
  })
})

describe('长辈版', () => {
  afterEach(() => act(() => void uiModeStore.set('standard')))

  it('the form’s targets follow the mode: 60 px in 长辈版 for its buttons, chips, inputs and 确认未知', async () => {
    uiModeStore.set('elder')
    await openVerify({ kind: 'park', id: 'huaxi-wetland-park', field: 'hours' })
    const shell = document.querySelector('.page-shell') as HTMLElement
    expect(shell.style.getPropertyValue('--app-target')).toBe('60px')
    tap('添加闭园日')
    expect(screen.getByText('第 1 项闭园')).toBeTruthy()
    // jsdom lays nothing out: what it can check is that each kind of control on the form takes its height from
    // --app-target (verify.scss), the variable the shell has just set to 60px.
    const scss = fs.readFileSync(path.resolve(__dirname, '../../src/features/community/verify/verify.scss'), 'utf8')
    const form = document.querySelector('.verify-form') as HTMLElement
    for (const part of ['__input', '__unknown']) {
      expect(form.querySelector(`.verify-form${part}`)).not.toBeNull()
      expect(scss).toMatch(new RegExp(`&${part}[^{]*\\{[^}]*min-height: var\\(--app-target\\)`))
    }
    expect(form.querySelectorAll('.nut-button').length).toBeGreaterThan(10)
    expect(scss).toMatch(/\.nut-button \{\s*min-height: var\(--app-target\);/)
  })
})

// A signed-in worker publishes a notice and follows it in 发送队列: 待发送 while the network is down, 已发布 once the
// server has it, 失败（原因）when the server refuses it (400); with storage full the entry still shows, with a warning.
// The line under the form says it plainly: 已发布, or 未联网，联网后自动发布. A reply lost on the way back is sent again
// with the same key, and the server keeps one notice. The server is the real API (tests/support/fake-api.ts), 李红
// signed in to it; its refusal is scripted with `failNext` (the form lets no refusable notice through).
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER } from '@/domain/api-contract'
import { fetchWorkerNoticePage } from '@/services/community/community-api'
import { OTHER_AUTHOR, STORAGE_WARNING } from '@/services/community/notice-outbox'
import { signInWorker, type StoredSession } from '@/services/community/session'
import { FAKE_WORKER_LOGIN, FAKE_WORKER_PASSPHRASE, fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()

const ok = (name: string) => ({ errMsg: `${name}:ok` })

/** The POST requests the app sent. */
const posts = () => api.calls.filter((c) => c.method === 'POST')

async function openDesk(): Promise<void> {
  render(<WorkerPage />)
  showPage()
  await screen.findByText('写通知')
}

/** Taro's H5 input draws its real <input>/<textarea> a moment after the page appears. */
const field = (label: '标题' | '正文', tag: 'input' | 'textarea') =>
  waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches(tag) ? host : host.querySelector(tag)
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  })

/** Fills the form (category, title, body), taps 发布 and confirms it. */
async function publish(title: string): Promise<void> {
  fireEvent.click(screen.getByText('通知', { selector: '.choice-chips__chip *' }))
  fireEvent.input(await field('标题', 'input'), { target: { value: title } })
  fireEvent.input(await field('正文', 'textarea'), { target: { value: '正文' } })
  fireEvent.click(screen.getByText('发布'))
  fireEvent.click(await screen.findByText('确认发布'))
}

/** The status shown beside the outbox entry with this title. */
/** The outbox entry's status (已发布, 待发送…); 我发布的通知 lists the same title once it is published, without one. */
function statusOf(title: string): string | null {
  const statuses = screen
    .getAllByText(title, { selector: '.desk__entry-title' })
    .map((t) => t.closest('.desk__entry')?.querySelector('.desk__status')?.textContent)
    .filter((s): s is string => typeof s === 'string')
  return statuses[0] ?? null
}

let session: StoredSession

beforeEach(async () => {
  localStorage.clear()
  session = await api.signInWorker()
})

describe('publishing while the network is down', () => {
  it('shows the entry as 待发送 (and why), sent with an idempotency key', async () => {
    await openDesk()
    api.offline = true
    await publish('断网时发的通知')
    await waitFor(() => expect(statusOf('断网时发的通知')).toBe('待发送（网络不可用，请检查网络，将自动重试）'))
    const [post] = posts()
    expect(post.url).toBe(API_PATHS.notices)
    expect(post.header).toMatchObject({ Authorization: `Bearer ${session.token}` })
    expect(post.header[IDEMPOTENCY_KEY_HEADER]).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/)
    expect(post.data).toMatchObject({ category: '通知', title: '断网时发的通知', body: '正文', mode: 'now' })
    expect(screen.getByText('未联网，联网后自动发布')).toBeTruthy()
  })
})

describe('publishing when the server accepts it', () => {
  it('shows the entry as 已发布', async () => {
    await openDesk()
    await publish('顺利发布的通知')
    await waitFor(() => expect(statusOf('顺利发布的通知')).toBe('已发布'))
    expect(screen.getByText('已发布', { selector: '.desk__note' })).toBeTruthy()
  })
})

describe('publishing when the server’s reply is lost on the way back', () => {
  it('sends it again with the same key once the network is back, and the server keeps one notice', async () => {
    await openDesk()
    api.failNext('lost', 1, 'POST')
    await publish('回复丢失的通知')
    await waitFor(() => expect(statusOf('回复丢失的通知')).toMatch(/^待发送/))
    const onServer = async () =>
      (await fetchWorkerNoticePage('feed')).notices.filter((n) => n.title === '回复丢失的通知')
    expect(await onServer()).toHaveLength(1) // only the reply was lost
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(statusOf('回复丢失的通知')).toBe('已发布'))
    const sent = posts().filter((o) => (o.data as { title: string }).title === '回复丢失的通知')
    expect(sent).toHaveLength(2)
    expect(sent[1].header[IDEMPOTENCY_KEY_HEADER]).toBe(sent[0].header[IDEMPOTENCY_KEY_HEADER])
    expect(await onServer()).toHaveLength(1)
  })
})

describe('a notice queued by one worker while another signs in on the same phone', () => {
  it('waits for its own author: it never goes out under the other worker’s account', async () => {
    await openDesk()
    api.offline = true
    await publish('李红离线写的通知')
    await waitFor(() => expect(statusOf('李红离线写的通知')).toMatch(/^待发送/))
    const invite = await api.invite('王芳')
    api.offline = false
    await signInWorker({ invite: invite.code, passphrase: 'wangfang-passphrase' })
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(statusOf('李红离线写的通知')).toBe(`待发送（${OTHER_AUTHOR}，将自动重试）`))
    const onServer = async () =>
      (await fetchWorkerNoticePage('feed')).notices.filter((n) => n.title === '李红离线写的通知')
    expect(await onServer()).toHaveLength(0)
    await signInWorker({ login: FAKE_WORKER_LOGIN, passphrase: FAKE_WORKER_PASSPHRASE })
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(statusOf('李红离线写的通知')).toBe('已发布'))
    expect(await onServer()).toHaveLength(1)
  })
})

describe('publishing when the server refuses it (400)', () => {
  it('shows 失败（…） with the server’s reason, and does not send it again', async () => {
    await openDesk()
    api.failNext(
      { status: 400, body: { error: '标题不超过 60 字（现在 61 字）', fields: { title: '标题不超过 60 字' } } },
      1,
      'POST',
    )
    await publish('被拒绝的通知')
    await waitFor(() => expect(statusOf('被拒绝的通知')).toBe('失败（标题不超过 60 字（现在 61 字））'))
    const sent = posts().filter((o) => (o.data as { title: string }).title === '被拒绝的通知')
    expect(sent).toHaveLength(1)
  })
})

describe('publishing when storage is full', () => {
  it('warns with a toast and a line, and still shows the entry', async () => {
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    await openDesk()
    api.offline = true
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    })
    await publish('存储满时发的通知')
    await waitFor(() => expect(statusOf('存储满时发的通知')).toMatch(/^待发送/))
    expect(showToast).toHaveBeenCalledWith({ title: STORAGE_WARNING, icon: 'none', duration: 3000 })
    // …and a line in 发送队列 says the same while storage still lacks it.
    expect(screen.getByText(STORAGE_WARNING).getAttribute('role')).toBe('status')
  })
})

// A signed-in worker writes a notice on the workers' desk: an empty title gets the Chinese field message, what is typed
// is saved as a draft half a second later and comes back when the page is opened again, full storage warns them (a
// toast and a line) while keeping what they typed; and 编辑 on one of their notices opens the form filled with it,
// sends only what changed as a PATCH, and puts the server's refusal next to the field or explains a conflict.
//
// Real timers only: jest's fake timers also freeze the timers Taro's H5 components (Stencil) use to draw their inner
// <input>/<textarea>, and a test that faked them left the next tests' inputs undrawn on a slow machine. The draft's
// half-second debounce is waited out for real instead.
//
// The notices are the real API's (tests/support/fake-api.ts), 李红 signed in to it; a refusal the server would not make
// for these notices (a stricter title rule) is scripted with `failNext`.
import Taro from '@tarojs/taro'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import { DRAFT_SAVED } from '@/features/community/desk/NoticeCompose'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER } from '@/domain/api-contract'
import { toNoticeView } from '@/domain/notice/api'
import { EMPTY_DRAFT, draftFromNotice, type ComposeDraft } from '@/domain/notice/compose'
import type { NoticeRecord } from '@/domain/notice/schema'
import { patchNotice } from '@/services/community/community-api'
import { DRAFT_MEMORY_ONLY } from '@/services/community/notice-drafts'
import { STORAGE_KEYS } from '@/services/storage'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()

const ok = (name: string) => ({ errMsg: `${name}:ok` })

const PUBLISHED_AT = '2026-11-20T01:00:00.000Z' // 2026-11-20 09:00 Beijing time
/** 李红's published notice, as the server stores it. */
const PUBLISHED: NoticeRecord = {
  id: 'n-water',
  category: '通知',
  title: '周三停水',
  body: '周三 9:00–12:00 停水。',
  audience: '全体居民',
  pinned: false,
  publishAt: PUBLISHED_AT,
  expireAt: null,
  withdrawnAt: null,
  author: { id: 'w-1', name: '李红' },
  createdAt: PUBLISHED_AT,
  updatedAt: PUBLISHED_AT,
  history: [],
}

/** The PATCH requests the app sent. */
const patches = () => api.calls.filter((c) => c.method === 'PATCH')

/** How long to wait for Taro's H5 components, which render asynchronously (slow on a loaded 2-core CI machine). */
const RENDER_WAIT = { timeout: 8000 }

/** Taro's H5 input draws its real <input>/<textarea> a moment after the page appears. */
function field(label: '标题' | '正文'): Promise<HTMLInputElement> {
  return waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches('input, textarea') ? host : host.querySelector('input, textarea')
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  }, RENDER_WAIT)
}

async function typeInto(label: '标题' | '正文', text: string): Promise<void> {
  fireEvent.input(await field(label), { target: { value: text } })
}

async function openDesk(): Promise<void> {
  render(<WorkerPage />)
  showPage()
  await screen.findByText('写通知', {}, RENDER_WAIT)
}

/** The draft storage holds under `key` (saved with its time), or null. */
function draftInStorage(key: string = DRAFT_KEY): ComposeDraft | null {
  const stored = Taro.getStorageSync(key) as { draft?: ComposeDraft } | ''
  return stored ? (stored.draft ?? null) : null
}

const { noticeDraft: DRAFT_KEY, noticeEditDraft: EDIT_DRAFT_KEY } = STORAGE_KEYS

const errorOf = (id: string) => document.getElementById(`${id}-error`)

beforeEach(async () => {
  localStorage.clear()
  await api.signInWorker()
})

describe('a draft left in storage by an earlier visit', () => {
  it('is filled back into the form when the desk opens', async () => {
    const draft = { ...EMPTY_DRAFT, category: '活动', title: '上次没写完的通知', body: '周六上午' }
    Taro.setStorageSync(DRAFT_KEY, { savedAt: Date.now(), draft })
    await openDesk()
    expect((await field('标题')).value).toBe('上次没写完的通知')
    expect((await field('正文')).value).toBe('周六上午')
  })
})

describe('发布 with an empty title', () => {
  it('shows 请填写标题 under the title and sends nothing', async () => {
    await openDesk()
    await typeInto('标题', '')
    await typeInto('正文', '明天停水')
    const before = api.calls.length
    fireEvent.click(screen.getByText('发布'))
    await waitFor(() => expect(errorOf('compose-title')?.textContent).toBe('请填写标题'))
    expect(errorOf('compose-title')?.getAttribute('role')).toBe('alert')
    expect(errorOf('compose-category')?.textContent).toMatch(/^请选择类别/)
    expect(api.calls.slice(before).filter((c) => c.method === 'POST')).toEqual([])
    expect(screen.queryByText('发送队列')).toBeNull()
  })

  it('clears the message once a title is typed', async () => {
    await openDesk()
    await typeInto('标题', '')
    fireEvent.click(screen.getByText('发布'))
    await waitFor(() => expect(errorOf('compose-title')?.textContent).toBe('请填写标题'))
    await typeInto('标题', '停水通知')
    expect(errorOf('compose-title')).toBeNull()
  })
})

describe('the draft', () => {
  it('is saved to storage half a second after typing, not at once', async () => {
    await openDesk()
    await typeInto('标题', '周末义诊')
    await typeInto('正文', '社区卫生站，周六 9:00')
    expect(draftInStorage()).toBeNull()
    await waitFor(() => expect(draftInStorage()).toMatchObject({ title: '周末义诊', body: '社区卫生站，周六 9:00' }))
    expect(screen.getByText(DRAFT_SAVED).getAttribute('role')).toBe('status')
  })

  it('comes back when the page is opened again', async () => {
    await openDesk()
    await typeInto('标题', '垃圾分类宣传')
    await waitFor(() => expect(draftInStorage()).toMatchObject({ title: '垃圾分类宣传' }))
    cleanup()
    await openDesk()
    expect((await field('标题')).value).toBe('垃圾分类宣传')
  })

  it('when storage is full: a toast and a line say it is kept only in memory, and the typed text stays', async () => {
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    await openDesk()
    await field('标题')
    const setStorageSync = jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    })
    await typeInto('标题', '电梯检修')
    await waitFor(() => expect(screen.getByText(DRAFT_MEMORY_ONLY).getAttribute('role')).toBe('status'))
    expect(showToast).toHaveBeenCalledWith({ title: DRAFT_MEMORY_ONLY, icon: 'none', duration: 3000 })
    expect(setStorageSync).toHaveBeenCalledWith(DRAFT_KEY, expect.objectContaining({ draft: expect.anything() }))
    expect(screen.queryByText(DRAFT_SAVED)).toBeNull()
    expect((await field('标题')).value).toBe('电梯检修')
    expect(draftInStorage()).toBeNull()
    // Typing on while storage stays full: the line stays, the toast is not repeated at every pause.
    await typeInto('标题', '电梯检修通知')
    await waitFor(() =>
      expect(setStorageSync).toHaveBeenCalledWith(
        DRAFT_KEY,
        expect.objectContaining({ draft: expect.objectContaining({ title: '电梯检修通知' }) }),
      ),
    )
    expect(showToast).toHaveBeenCalledTimes(1)
    expect(screen.getByText(DRAFT_MEMORY_ONLY)).toBeTruthy()
  })
})

describe('编辑 a published notice', () => {
  async function openEdit(): Promise<void> {
    await api.addNotices(PUBLISHED)
    await openDesk()
    fireEvent.click(await screen.findByLabelText('编辑：周三停水', {}, RENDER_WAIT))
    await screen.findByText('修改通知')
    await waitFor(async () => expect((await field('标题')).value).toBe('周三停水'), RENDER_WAIT)
  }

  it('opens the form filled with it, with the publish time fixed, and sends only the new title', async () => {
    await openEdit()
    expect((await field('正文')).value).toBe('周三 9:00–12:00 停水。')
    expect(screen.getByText('发布时间（已发布，不能修改）')).toBeTruthy()
    expect(screen.getByText('2026-11-20 09:00')).toBeTruthy()
    await typeInto('标题', '周三停水（时间调整）')
    fireEvent.click(screen.getByText('保存修改'))
    await screen.findByText('修改已保存')
    const [sent] = patches()
    expect(sent.url).toBe(API_PATHS.notice('n-water'))
    expect(sent.data).toEqual({ title: '周三停水（时间调整）' })
    expect(sent.header[IDEMPOTENCY_KEY_HEADER]).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/)
    expect(screen.getByText('写通知')).toBeTruthy()
    expect(draftInStorage(EDIT_DRAFT_KEY)).toBeNull()
  })

  it('shows the server’s 400 message next to the field and keeps the edit', async () => {
    // A server with a stricter rule than this app knows: its message is what the worker reads.
    const message = '标题不超过 60 字（现在 61 字）'
    await openEdit()
    api.failNext({ status: 400, body: { error: message, fields: { title: message } } }, 1, 'PATCH')
    await typeInto('标题', '周三、周四停水')
    fireEvent.click(screen.getByText('保存修改'))
    await waitFor(() => expect(errorOf('compose-title')?.textContent).toBe(message))
    expect(screen.getByText(`${message}。请按提示修改后再保存`)).toBeTruthy()
    expect(screen.getByText('修改通知')).toBeTruthy()
    expect((await field('标题')).value).toBe('周三、周四停水')
  })

  it('explains a 409 (the notice changed meanwhile) and keeps the edit as a draft', async () => {
    await openEdit()
    // Meanwhile it is withdrawn from another phone: the server refuses the edit (409).
    await patchNotice('n-water', { action: 'withdraw' })
    await typeInto('正文', '改为周四停水。')
    fireEvent.click(screen.getByText('保存修改'))
    const message = await screen.findByText(/^未能保存：这条通知已撤回，不能再修改。/, {}, RENDER_WAIT)
    expect(message.textContent).toContain('请刷新列表后重新编辑')
    expect(message.textContent).toContain('修改已保存为草稿')
    await waitFor(() => expect(draftInStorage(EDIT_DRAFT_KEY)).toMatchObject({ body: '改为周四停水。' }))
    // The worker gives up on it: the form is for a new notice again and the edit's draft is gone.
    fireEvent.click(screen.getByText('放弃修改'))
    await screen.findByText('已放弃修改')
    expect(screen.getByText('写通知')).toBeTruthy()
    expect(draftInStorage(EDIT_DRAFT_KEY)).toBeNull()
  })

  it('with nothing changed, says so and sends nothing', async () => {
    await openEdit()
    fireEvent.click(screen.getByText('保存修改'))
    await screen.findByText('没有修改任何内容')
    expect(patches()).toEqual([])
  })
})

describe('an edit of a scheduled notice left open when the app closed', () => {
  const SCHEDULED: NoticeRecord = {
    ...PUBLISHED,
    id: 'n-clinic',
    title: '义诊',
    publishAt: '2099-05-03T01:00:00.000Z', // 2099-05-03 09:00 Beijing time
  }

  it('comes back as it was, and saving reschedules it (publishAt and expireAt in the PATCH)', async () => {
    await api.addNotices(SCHEDULED)
    // The worker had moved it a day later and given it an end, then the app was closed before 保存修改.
    const opened = draftFromNotice(toNoticeView(SCHEDULED, new Date(), true), 'edit-key-restored-1')
    const draft = { ...opened, publishAt: '2099-05-04 09:00', expireAt: '2099-05-05 18:00' }
    Taro.setStorageSync(EDIT_DRAFT_KEY, { savedAt: Date.now() + 60_000, draft })
    render(<WorkerPage />)
    showPage()
    await screen.findByText('修改通知', {}, RENDER_WAIT)
    expect(document.getElementById('compose-publish-time')?.textContent).toBe('2099-05-04 09:00')
    expect(document.getElementById('compose-expire-time')?.textContent).toBe('2099-05-05 18:00')
    fireEvent.click(screen.getByText('保存修改'))
    await screen.findByText('修改已保存', {}, RENDER_WAIT)
    const [sent] = patches()
    expect(sent?.url).toBe(API_PATHS.notice('n-clinic'))
    expect(sent?.data).toEqual({ publishAt: '2099-05-04T01:00:00.000Z', expireAt: '2099-05-05T10:00:00.000Z' })
    expect(sent?.header[IDEMPOTENCY_KEY_HEADER]).toBe('edit-key-restored-1')
  })
})

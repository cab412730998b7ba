// A worker signs in at the desk (H5) with their own account: the first time with the admin's invite code and a
// passphrase they choose, later with their account name and that passphrase; what is wrong is said under the field it
// is about; a worker the admin revoked is shown signed out with a plain message. The real API (tests/support/fake-api.ts).
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import { SIGNED_OUT_MESSAGE, signInWorker } from '@/services/community/session'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }

/** Taro's H5 input draws its real <input> a moment after the page appears. */
const field = (label: string) =>
  waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches('input') ? host : host.querySelector('input')
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  }, WAIT)
const type = async (label: string, value: string) => fireEvent.input(await field(label), { target: { value } })
const sessionCalls = () => api.calls.filter((c) => c.url.endsWith('/api/session') && c.method === 'POST')

function openDesk(): void {
  render(<WorkerPage />)
  showPage()
}

beforeEach(() => {
  localStorage.clear()
})

it('first use: the invite code and a new passphrase (at least 8 characters) sign the worker in', async () => {
  const invite = await api.invite('周社工')
  openDesk()
  fireEvent.click(await screen.findByText('首次登录（邀请码）', {}, WAIT))
  fireEvent.click(screen.getByText('设置口令并登录'))
  expect(await screen.findByText('请输入管理员给您的邀请码')).toBeTruthy()
  await type('邀请码', invite.code)
  await type('设置口令', 'short')
  fireEvent.click(screen.getByText('设置口令并登录'))
  expect(await screen.findByText('口令至少 8 个字符')).toBeTruthy()
  expect(sessionCalls()).toHaveLength(0)

  await type('设置口令', 'zhou-passphrase')
  fireEvent.click(screen.getByText('设置口令并登录'))
  expect(await screen.findByText(`已登录：周社工（账号 ${invite.login}）`, {}, WAIT)).toBeTruthy()
  expect(sessionCalls()[0].data).toEqual({ role: 'worker', invite: invite.code, passphrase: 'zhou-passphrase' })
})

it('a wrong invite code is said under the invite field', async () => {
  openDesk()
  fireEvent.click(await screen.findByText('首次登录（邀请码）', {}, WAIT))
  await type('邀请码', 'AAAA-BBBB-CCCC-DDDD')
  await type('设置口令', 'some passphrase')
  fireEvent.click(screen.getByText('设置口令并登录'))
  const message = await screen.findByText('邀请码不正确', {}, WAIT)
  expect(message.getAttribute('id')).toBe('desk-invite-error')
})

it('later: account and passphrase; a wrong passphrase is said under the passphrase field', async () => {
  const invite = await api.invite('吴社工')
  await signInWorker({ invite: invite.code, passphrase: 'wu-passphrase-1' })
  localStorage.clear() // another phone, or signed out
  openDesk()
  await type('账号', invite.login)
  await type('口令', 'not-my-passphrase')
  fireEvent.click(await screen.findByText('登录'))
  const wrong = await screen.findByText('口令不正确', {}, WAIT)
  expect(wrong.getAttribute('id')).toBe('desk-passphrase-error')
  await type('口令', 'wu-passphrase-1')
  fireEvent.click(screen.getByText('登录'))
  expect(await screen.findByText(`已登录：吴社工（账号 ${invite.login}）`, {}, WAIT)).toBeTruthy()
})

it('a revoked worker is shown signed out, with why, at the next request', async () => {
  const invite = await api.invite('郑社工')
  await signInWorker({ invite: invite.code, passphrase: 'zheng-passphrase' })
  await api.revoke(invite.id)
  openDesk()
  expect(await screen.findByText(SIGNED_OUT_MESSAGE, {}, WAIT)).toBeTruthy()
  expect(screen.getByText('工作人员登录')).toBeTruthy()
  await type('账号', invite.login)
  await type('口令', 'zheng-passphrase')
  fireEvent.click(screen.getByText('登录'))
  expect(await screen.findByText('账号已停用', {}, WAIT)).toBeTruthy()
})

// One expiry rule for the worker's form, the create body and the server's edits: the same times get the same Chinese
// message wherever they are checked.
import { checkDraft } from '@/domain/notice/compose'
import { applyNoticePatch, createNotice } from '@/domain/notice/lifecycle'
import { EXPIRE_AFTER_PUBLISH, EXPIRE_IN_FUTURE } from '@/domain/notice/rules'
import { noticeCreateSchema, noticePatchSchema } from '@/domain/notice/schema'
import { validate } from '@/domain/validation'

const NOW = new Date('2026-05-02T02:00:00Z') // 10:00 China time
const by = { id: 'worker-1', name: '王社工' }
const base = { category: '通知', title: '停水', body: '正文', pinned: false }

/** What the form says about these China-time texts, and what the server says about the same body. */
function bothSides(mode: 'now' | 'scheduled', publishAt: string, expireAt: string) {
  const form = checkDraft({ ...base, mode, publishAt, expireAt }, NOW)
  const formMessage = form.ok ? null : form.fields.expireAt
  const input = form.ok ? form.input : null
  const parsed = input ? validate(noticeCreateSchema, input) : null
  const server = parsed?.ok ? createNotice(parsed.data, 'n1', { by, now: NOW }) : null
  return { formMessage, serverOk: server?.ok ?? null }
}

describe('an expiry a worker gives a new notice', () => {
  it('publishing now: it must be later than now, on the form and on the server', () => {
    expect(bothSides('now', '', '2026-05-02 09:00').formMessage).toBe(EXPIRE_IN_FUTURE)
    const parsed = validate(noticeCreateSchema, { ...base, expireAt: '2026-05-02T01:00:00Z' })
    expect(parsed.ok && createNotice(parsed.data, 'n1', { by, now: NOW })).toMatchObject({
      ok: false,
      fields: { expireAt: EXPIRE_IN_FUTURE },
    })
    expect(bothSides('now', '', '2026-05-02 11:00')).toEqual({ formMessage: null, serverOk: true })
  })

  it('scheduled: it must be later than the publish time, even when that is also before now', () => {
    expect(bothSides('scheduled', '2026-05-03 09:00', '2026-05-02 08:00').formMessage).toBe(EXPIRE_AFTER_PUBLISH)
    expect(bothSides('scheduled', '2026-05-03 09:00', '2026-05-03 09:00').formMessage).toBe(EXPIRE_AFTER_PUBLISH)
    expect(bothSides('scheduled', '2026-05-03 09:00', '2026-05-03 09:01')).toEqual({
      formMessage: null,
      serverOk: true,
    })
  })
})

describe('an expiry a worker sets on a published notice', () => {
  const created = createNotice({ category: '通知', title: '停水', body: '正文' }, 'n1', {
    by,
    now: new Date('2026-05-01T01:00:00Z'),
  })
  const patch = (expireAt: string) => {
    const parsed = validate(noticePatchSchema, { expireAt })
    if (!parsed.ok || !created.ok) throw new Error('setup')
    return applyNoticePatch(created.notice, parsed.data, { by, now: NOW })
  }

  it('is refused before its publish time, and — as the form refuses it — before now', () => {
    expect(patch('2026-04-30T01:00:00Z')).toMatchObject({ ok: false, fields: { expireAt: EXPIRE_AFTER_PUBLISH } })
    expect(patch('2026-05-02T01:00:00Z')).toMatchObject({ ok: false, fields: { expireAt: EXPIRE_IN_FUTURE } })
    expect(patch('2026-05-02T03:00:00Z')).toMatchObject({ ok: true, changed: true })
  })
})

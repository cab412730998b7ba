// Notices: what a worker may type (Chinese messages), the lifecycle draft → scheduled → published → expired / withdrawn,
// what residents see in which order, and edits with their history.
import { applyNoticePatch, createNotice } from '@/domain/notice/lifecycle'
import { EXPIRE_AFTER_PUBLISH, EXPIRE_IN_FUTURE, noticeState } from '@/domain/notice/rules'
import {
  noticeCreateSchema,
  noticePatchSchema,
  type NoticeCreateInput,
  type NoticePatchInput,
  type NoticeRecord,
} from '@/domain/notice/schema'
import { sortNoticesForResidents, unpublishedNotices } from '@/domain/notice/order'
import { validate } from '@/domain/validation'

const at = (iso: string) => new Date(`${iso}+08:00`)
const iso = (text: string) => at(text).toISOString()
const worker = { id: 'worker-1', name: '王社工' }

function notice(id: string, fields: Partial<NoticeRecord> = {}): NoticeRecord {
  return {
    id,
    category: '通知',
    title: `通知 ${id}`,
    body: '正文',
    audience: '全体居民',
    pinned: false,
    publishAt: iso('2026-05-01T09:00:00'),
    expireAt: null,
    withdrawnAt: null,
    author: worker,
    createdAt: iso('2026-04-30T09:00:00'),
    updatedAt: iso('2026-04-30T09:00:00'),
    history: [],
    ...fields,
  }
}

const valid: NoticeCreateInput = { category: '通知', title: '停水通知', body: '5 月 2 日 8:00–12:00 停水。' }

function created(input: NoticeCreateInput, now = at('2026-05-01T10:00:00')) {
  const parsed = validate(noticeCreateSchema, input)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  const result = createNotice(parsed.data, 'n1', { by: worker, now })
  if (!result.ok) throw new Error(JSON.stringify(result))
  return result.notice
}

function patched(record: NoticeRecord, input: NoticePatchInput, now = at('2026-05-02T10:00:00')) {
  const parsed = validate(noticePatchSchema, input)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return applyNoticePatch(record, parsed.data, { by: worker, now })
}

describe('what a worker types into a notice', () => {
  it('accepts a title of 60 characters and says in Chinese when it is 61', () => {
    expect(validate(noticeCreateSchema, { ...valid, title: '通'.repeat(60) }).ok).toBe(true)
    expect(validate(noticeCreateSchema, { ...valid, title: '通'.repeat(61) })).toEqual({
      ok: false,
      error: { error: '请检查填写的内容', fields: { title: '标题不超过 60 字（现在 61 字）' } },
    })
  })

  it('counts an emoji as one character, and the body up to 5,000', () => {
    expect(validate(noticeCreateSchema, { ...valid, title: '🎉'.repeat(60) }).ok).toBe(true)
    expect(validate(noticeCreateSchema, { ...valid, body: '字'.repeat(5000) }).ok).toBe(true)
    const tooLong = validate(noticeCreateSchema, { ...valid, body: '字'.repeat(5001) })
    expect(tooLong.ok || tooLong.error.fields).toEqual({ body: '正文不超过 5000 字（现在 5001 字）' })
  })

  it('keeps "<" and tags as plain text, with line breaks, and drops invisible control characters', () => {
    const record = created({
      ...valid,
      title: '  a<b & <i>c</i>\n标题 ',
      body: '第一行\r\n<script>alert(1)</script>\r第三行\u0007\u202e',
    })
    expect(record.title).toBe('a<b & <i>c</i> 标题')
    expect(record.body).toBe('第一行\n<script>alert(1)</script>\n第三行')
  })

  it('names every missing or wrong field in Chinese, and refuses fields it does not know', () => {
    const result = validate(noticeCreateSchema, { title: ' ', category: '广告', author: 'me', pinned: 'yes' })
    expect(result.ok || result.error.fields).toEqual({
      title: '请填写标题',
      body: '请填写正文',
      category: '请选择类别：通知、活动、便民、安全、其他',
      pinned: '置顶应为 true 或 false',
      author: '不支持这个字段',
    })
  })

  it('asks for a publish time only when scheduling, and an expiry after it', () => {
    const fields = (input: NoticeCreateInput) => {
      const result = validate(noticeCreateSchema, input)
      return result.ok ? null : result.error.fields
    }
    expect(fields({ ...valid, mode: 'scheduled' })).toEqual({ publishAt: '定时发布请选择发布时间' })
    expect(fields({ ...valid, publishAt: '2026-05-03T09:00:00+08:00' })).toEqual({
      publishAt: '只有定时发布需要发布时间',
    })
    expect(
      fields({ ...valid, mode: 'scheduled', publishAt: '2026-05-03T09:00:00+08:00', expireAt: '2026-05-03T01:00:00Z' }),
    ).toEqual({ expireAt: EXPIRE_AFTER_PUBLISH })
    expect(fields({ ...valid, mode: 'scheduled', publishAt: '明天上午' })).toEqual({
      publishAt: '发布时间格式不对，应为带时区的时间，如 2026-05-01T09:00:00+08:00',
    })
  })

  it('publishes now by default, at the server time, with a create entry in the history', () => {
    const record = created(valid, at('2026-05-01T10:00:00'))
    expect(record).toMatchObject({
      publishAt: iso('2026-05-01T10:00:00'),
      audience: '全体居民',
      pinned: false,
      author: worker,
      history: [{ action: 'create', by: worker, changes: {} }],
    })
  })

  it('refuses an expiry that has already passed, and publishes a late-arriving schedule now', () => {
    const parsed = validate(noticeCreateSchema, { ...valid, expireAt: '2026-05-01T09:00:00+08:00' })
    if (!parsed.ok) throw new Error('schema')
    expect(createNotice(parsed.data, 'n1', { by: worker, now: at('2026-05-01T10:00:00') })).toMatchObject({
      ok: false,
      status: 400,
      fields: { expireAt: EXPIRE_IN_FUTURE },
    })
    const late = created(
      { ...valid, mode: 'scheduled', publishAt: '2026-05-01T09:00:00+08:00' },
      at('2026-05-01T09:05:00'),
    )
    expect(late.publishAt).toBe(iso('2026-05-01T09:05:00'))
    expect(created({ ...valid, mode: 'draft' }).publishAt).toBeNull()
  })
})

describe('noticeState', () => {
  const scheduled = notice('s', { publishAt: iso('2026-05-01T09:00:00'), expireAt: iso('2026-05-08T00:00:00') })

  it.each([
    ['2026-05-01T08:59:59', 'scheduled'],
    ['2026-05-01T09:00:00', 'published'],
    ['2026-05-07T23:59:59', 'published'],
    ['2026-05-08T00:00:00', 'expired'],
  ])('at %s a notice from 05-01 09:00 to 05-08 is %s', (time, state) => {
    expect(noticeState(scheduled, at(time))).toBe(state)
  })

  it('is a draft without a publish time, and withdrawn whatever the times say', () => {
    expect(noticeState(notice('d', { publishAt: null }), at('2026-06-01T00:00:00'))).toBe('draft')
    expect(noticeState({ ...scheduled, withdrawnAt: iso('2026-05-02T00:00:00') }, at('2026-05-03T00:00:00'))).toBe(
      'withdrawn',
    )
  })
})

describe('what residents see', () => {
  const now = at('2026-05-10T12:00:00')
  const notices = [
    notice('old', { publishAt: iso('2026-05-01T09:00:00') }),
    notice('new', { publishAt: iso('2026-05-09T09:00:00') }),
    notice('pinned-old', { publishAt: iso('2026-04-20T09:00:00'), pinned: true }),
    notice('pinned-new', { publishAt: iso('2026-05-05T09:00:00'), pinned: true }),
    notice('expired-early', { publishAt: iso('2026-03-01T09:00:00'), expireAt: iso('2026-03-10T00:00:00') }),
    notice('expired-late', {
      publishAt: iso('2026-04-01T09:00:00'),
      expireAt: iso('2026-04-10T00:00:00'),
      pinned: true,
    }),
    notice('draft', { publishAt: null }),
    notice('tomorrow', { publishAt: iso('2026-05-11T09:00:00') }),
    notice('withdrawn', { withdrawnAt: iso('2026-05-02T00:00:00') }),
  ]

  it('lists pinned first, then newest; expired ones under 往期, newest first; nothing unpublished', () => {
    const { current, past } = sortNoticesForResidents(notices, now)
    expect(current.map((n) => n.id)).toEqual(['pinned-new', 'pinned-old', 'new', 'old'])
    expect(past.map((n) => n.id)).toEqual(['expired-late', 'expired-early'])
  })

  it('shows a scheduled notice once its time comes', () => {
    expect(sortNoticesForResidents(notices, at('2026-05-11T09:00:00')).current[2].id).toBe('tomorrow')
  })

  it('leaves drafts, scheduled and withdrawn notices to workers', () => {
    expect(
      unpublishedNotices(notices, now)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['draft', 'tomorrow', 'withdrawn'])
  })
})

describe('a worker edits a notice', () => {
  const live = notice('n1', { publishAt: iso('2026-05-01T09:00:00') })

  it('records each change with its old and new value, and who made it when', () => {
    const result = patched(live, { title: '停水通知（更新）', pinned: true })
    expect(result).toMatchObject({ ok: true, changed: true })
    if (!result.ok) return
    expect(result.notice.title).toBe('停水通知（更新）')
    expect(result.notice.updatedAt).toBe(iso('2026-05-02T10:00:00'))
    expect(result.notice.history).toEqual([
      {
        at: iso('2026-05-02T10:00:00'),
        by: worker,
        action: 'edit',
        changes: { title: { from: '通知 n1', to: '停水通知（更新）' }, pinned: { from: false, to: true } },
      },
    ])
  })

  it('names pin, unpin, schedule and publish for what they are', () => {
    const pin = patched(live, { pinned: true })
    expect(pin.ok && pin.notice.history.at(-1)?.action).toBe('pin')
    const draft = notice('d', { publishAt: null })
    const schedule = patched(draft, { publishAt: '2026-05-03T09:00:00+08:00' })
    expect(
      schedule.ok && [noticeState(schedule.notice, at('2026-05-02T10:00:00')), schedule.notice.history.at(-1)?.action],
    ).toEqual(['scheduled', 'schedule'])
    const publish = patched(draft, { action: 'publish' })
    expect(publish.ok && [publish.notice.publishAt, publish.notice.history.at(-1)?.action]).toEqual([
      iso('2026-05-02T10:00:00'),
      'publish',
    ])
    const backToDraft = schedule.ok ? patched(schedule.notice, { publishAt: null }) : null
    expect(backToDraft?.ok && backToDraft.notice.publishAt).toBeNull()
  })

  it('changes nothing, and adds no history, when the same edit comes again', () => {
    const first = patched(live, { title: '新标题' })
    if (!first.ok) throw new Error('first')
    const again = patched(first.notice, { title: '新标题' })
    expect(again).toEqual({ ok: true, changed: false, notice: first.notice })
  })

  it('withdraws once; withdrawing again is fine; any other edit after that is refused', () => {
    const withdrawn = patched(live, { action: 'withdraw' })
    if (!withdrawn.ok) throw new Error('withdraw')
    expect(noticeState(withdrawn.notice, at('2026-05-02T10:00:00'))).toBe('withdrawn')
    expect(withdrawn.notice.history.at(-1)).toMatchObject({ action: 'withdraw' })
    expect(patched(withdrawn.notice, { action: 'withdraw' })).toMatchObject({ ok: true, changed: false })
    expect(patched(withdrawn.notice, { title: '再改' })).toEqual({
      ok: false,
      status: 409,
      error: '这条通知已撤回，不能再修改',
    })
  })

  it('does not move the publish time of a published notice, nor let it expire before it was published', () => {
    expect(patched(live, { publishAt: '2026-05-20T09:00:00+08:00' })).toMatchObject({
      ok: false,
      status: 409,
      fields: { publishAt: '通知已发布，不能再修改发布时间' },
    })
    expect(patched(live, { expireAt: '2026-04-30T09:00:00+08:00' })).toMatchObject({
      ok: false,
      status: 400,
      fields: { expireAt: EXPIRE_AFTER_PUBLISH },
    })
  })

  it('asks for something to change, and lets withdraw come only alone', () => {
    const empty = validate(noticePatchSchema, {})
    expect(empty.ok || empty.error).toEqual({ error: '没有要修改的内容' })
    const mixed = validate(noticePatchSchema, { action: 'withdraw', title: '新' })
    expect(mixed.ok || mixed.error.fields).toEqual({ action: '撤回时不能同时修改其他内容' })
    const unknown = validate(noticePatchSchema, { action: 'delete' })
    expect(unknown.ok || unknown.error.fields).toEqual({ action: '操作只能是 publish（立即发布）或 withdraw（撤回）' })
  })
})

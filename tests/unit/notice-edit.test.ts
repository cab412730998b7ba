// A worker edits a notice: the form filled from it, the PATCH of only what changed (or a message per field), times
// picked in a date-time picker read as Beijing time; residents see 已修改 from the history and the notices in their
// order whatever order the server sent; drafts — the newer of memory and storage wins; the outbox keeps 已发布 for a
// day.
import { applyNoticePatch, createNotice, lastEditedAt } from '@/domain/notice/lifecycle'
import { type NoticeRecord } from '@/domain/notice/schema'
import {
  NOTHING_CHANGED,
  checkDraft,
  checkEdit,
  draftFromNotice,
  suggestedPublishText,
  type EditableNotice,
} from '@/domain/notice/compose'
import { pickedTimeText, pickerDateOf } from '@/domain/china-time'
import { parseNoticePage, splitFeed, type FeedNotice } from '@/domain/notice/feed'
import { sortCurrentNotices } from '@/domain/notice/order'
import { KEEP_SENT_MS, withoutOldSent, createEntry, applyOutcome } from '@/domain/outbox'
import { DraftStore } from '@/services/drafts'
import { createOutbox } from '@/services/create-outbox'
import { STORAGE_KEYS, type KeyValueStore } from '@/services/storage'

const NOW = new Date('2026-05-01T02:00:00.000Z') // 2026-05-01 10:00 Beijing time
const worker = { id: 'w-1', name: '王社工' }

const published: EditableNotice = {
  id: 'n-1',
  state: 'published',
  category: '通知',
  title: '周三停水',
  body: '9:00–12:00 停水。',
  pinned: false,
  publishAt: '2026-04-30T01:00:00.000Z',
  expireAt: null,
}
const scheduled: EditableNotice = { ...published, id: 'n-2', state: 'scheduled', publishAt: '2026-05-03T01:00:00.000Z' }

describe('the form filled from a notice', () => {
  it('shows its times in Beijing time; a scheduled notice keeps 定时发布', () => {
    const draft = draftFromNotice(scheduled, 'key-12345678')
    expect(draft).toMatchObject({ title: '周三停水', mode: 'scheduled', publishAt: '2026-05-03 09:00', expireAt: '' })
    expect(draft.editing).toMatchObject({ id: 'n-2', state: 'scheduled', key: 'key-12345678' })
  })
})

describe('checkEdit', () => {
  it('sends only the fields that changed', () => {
    const draft = { ...draftFromNotice(published, 'key-12345678'), title: '周三停水（改）', pinned: true }
    expect(checkEdit(draft, NOW)).toEqual({
      ok: true,
      id: 'n-1',
      key: 'key-12345678',
      patch: { title: '周三停水（改）', pinned: true },
    })
  })

  it('says 没有修改任何内容 when nothing changed', () => {
    expect(checkEdit(draftFromNotice(published, 'key-12345678'), NOW)).toEqual({
      ok: false,
      fields: {},
      message: NOTHING_CHANGED,
    })
  })

  it('gives the same Chinese field messages as the server (empty title)', () => {
    const draft = { ...draftFromNotice(published, 'key-12345678'), title: '  ' }
    expect(checkEdit(draft, NOW)).toMatchObject({ ok: false, fields: { title: '请填写标题' } })
  })

  it('reschedules a scheduled notice, and refuses a time already past', () => {
    const draft = draftFromNotice(scheduled, 'key-12345678')
    expect(checkEdit({ ...draft, publishAt: '2026-05-04 08:30' }, NOW)).toMatchObject({
      ok: true,
      patch: { publishAt: '2026-05-04T00:30:00.000Z' },
    })
    expect(checkEdit({ ...draft, publishAt: '2026-05-01 09:00' }, NOW)).toMatchObject({
      ok: false,
      fields: { publishAt: '发布时间必须晚于现在' },
    })
  })

  it('publishes a scheduled notice now when 立即发布 is chosen', () => {
    const draft = { ...draftFromNotice(scheduled, 'key-12345678'), mode: 'now' as const }
    expect(checkEdit(draft, NOW)).toMatchObject({ ok: true, patch: { action: 'publish' } })
  })

  it('an expiry must come after the publish time (published: its own time; and after now)', () => {
    const draft = draftFromNotice(scheduled, 'key-12345678')
    expect(checkEdit({ ...draft, expireAt: '2026-05-02 09:00' }, NOW)).toMatchObject({
      ok: false,
      fields: { expireAt: '截止时间必须晚于发布时间' },
    })
    const live = draftFromNotice(published, 'key-12345678')
    expect(checkEdit({ ...live, expireAt: '2026-05-01 09:00' }, NOW)).toMatchObject({
      ok: false,
      fields: { expireAt: '截止时间必须晚于现在' },
    })
    expect(checkEdit({ ...live, expireAt: '2026-05-10 18:00' }, NOW)).toMatchObject({
      ok: true,
      patch: { expireAt: '2026-05-10T10:00:00.000Z' },
    })
    // Clearing the expiry is a change too.
    const ending = draftFromNotice({ ...published, expireAt: '2026-05-10T10:00:00.000Z' }, 'key-12345678')
    expect(checkEdit({ ...ending, expireAt: '' }, NOW)).toMatchObject({ ok: true, patch: { expireAt: null } })
  })

  it('a published notice’s publish time cannot be changed from the form', () => {
    const draft = {
      ...draftFromNotice(published, 'key-12345678'),
      mode: 'scheduled' as const,
      publishAt: '2026-06-01 09:00',
    }
    expect(checkEdit(draft, NOW)).toEqual({ ok: false, fields: {}, message: NOTHING_CHANGED })
  })
})

describe('a new notice’s times', () => {
  const base = { category: '通知', title: '停水', body: '正文', pinned: false, mode: 'scheduled' as const }
  it('the expiry must be after the chosen publish time', () => {
    expect(checkDraft({ ...base, publishAt: '2026-05-03 09:00', expireAt: '2026-05-02 09:00' }, NOW)).toMatchObject({
      ok: false,
      fields: { expireAt: '截止时间必须晚于发布时间' },
    })
  })
  it('scheduling without a time asks for one', () => {
    expect(checkDraft({ ...base, publishAt: '', expireAt: '' }, NOW)).toMatchObject({
      ok: false,
      fields: { publishAt: '定时发布请选择发布时间' },
    })
  })
})

describe('the date-time picker', () => {
  it('reads the picked numbers as Beijing time text', () => {
    expect(pickedTimeText(['2026', '05', '01', '09', '05'])).toBe('2026-05-01 09:05')
    expect(pickedTimeText([2026, 2, 30, 9, 0])).toBeNull()
    expect(pickedTimeText(['2026', '05'])).toBeNull()
  })
  it('opens on the same numbers as the text, in the phone’s clock', () => {
    const d = pickerDateOf('2026-05-01 09:05')
    expect([d?.getFullYear(), d?.getMonth(), d?.getDate(), d?.getHours(), d?.getMinutes()]).toEqual([2026, 4, 1, 9, 5])
    expect(pickerDateOf('')).toBeNull()
  })
  it('suggests the next whole hour at least half an hour away', () => {
    expect(suggestedPublishText(NOW)).toBe('2026-05-01 11:00')
    expect(suggestedPublishText(new Date('2026-05-01T02:20:00.000Z'))).toBe('2026-05-01 11:00')
    expect(suggestedPublishText(new Date('2026-05-01T02:40:00.000Z'))).toBe('2026-05-01 12:00')
  })
})

describe('已修改 (lastEditedAt)', () => {
  const created = createNotice({ category: '通知', title: '停水', body: '正文', mode: 'now' }, 'n-9', {
    by: worker,
    now: NOW,
  })
  const record = (created as { notice: NoticeRecord }).notice
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
  const patch = (n: NoticeRecord, p: Parameters<typeof applyNoticePatch>[1], minutes: number) =>
    (applyNoticePatch(n, p, { by: worker, now: later(minutes) }) as { notice: NoticeRecord }).notice

  it('is null for a notice as first published, and after only pinning', () => {
    expect(lastEditedAt(record)).toBeNull()
    expect(lastEditedAt(patch(record, { pinned: true }, 5))).toBeNull()
  })
  it('is the time of the last edit of what residents read', () => {
    const once = patch(record, { title: '停水（改）' }, 5)
    const twice = patch(patch(once, { pinned: true }, 10), { body: '改为下午' }, 20)
    expect(lastEditedAt(once)).toBe(later(5).toISOString())
    expect(lastEditedAt(twice)).toBe(later(20).toISOString())
  })
  it('does not count edits made before publication', () => {
    const draft = createNotice({ category: '通知', title: '停水', body: '正文', mode: 'draft' }, 'n-8', {
      by: worker,
      now: NOW,
    })
    const edited = patch((draft as { notice: NoticeRecord }).notice, { title: '停水（改）' }, 5)
    expect(lastEditedAt(patch(edited, { action: 'publish' }, 10))).toBeNull()
  })
})

describe('residents’ order on the client', () => {
  const n = (id: string, pinned: boolean, publishAt: string): FeedNotice => ({
    id,
    category: '通知',
    title: id,
    audience: '全体居民',
    pinned,
    publishAt,
    expireAt: null,
    state: 'published',
    editedAt: null,
  })
  it('pinned first, then newest first, whatever order the server sent', () => {
    const sorted = sortCurrentNotices([
      n('old', false, '2026-04-01T00:00:00Z'),
      n('new', false, '2026-04-20T00:00:00Z'),
      n('pinned-old', true, '2026-03-01T00:00:00Z'),
      n('pinned-new', true, '2026-04-10T00:00:00Z'),
    ])
    expect(sorted.map((x) => x.id)).toEqual(['pinned-new', 'pinned-old', 'new', 'old'])
  })
  it('a parsed page comes out in that order, and a notice without editedAt counts as not edited', () => {
    const { editedAt: _ignored, ...withoutEditedAt } = n('old', false, '2026-04-01T00:00:00Z')
    const page = parseNoticePage({
      serverTime: '2026-05-01T00:00:00Z',
      notices: [
        withoutEditedAt,
        n('pinned', true, '2026-03-01T00:00:00Z'),
        { ...n('gone', false, '2026-01-01T00:00:00Z'), state: 'expired' },
      ],
      nextCursor: null,
    })
    expect(page).not.toBeNull()
    const feed = splitFeed(page!.notices)
    expect(feed.current.map((x) => [x.id, x.editedAt])).toEqual([
      ['pinned', null],
      ['old', null],
    ])
    expect(feed.past.map((x) => x.id)).toEqual(['gone'])
  })

  it('a page that is not one (no notices list, a bad cursor, a notice without a title) is refused', () => {
    const good = {
      serverTime: '2026-05-01T00:00:00Z',
      notices: [n('a', false, '2026-04-01T00:00:00Z')],
      nextCursor: 'c2',
    }
    expect(parseNoticePage(good)?.nextCursor).toBe('c2')
    expect(parseNoticePage({ ...good, notices: undefined })).toBeNull()
    expect(parseNoticePage({ ...good, nextCursor: 3 })).toBeNull()
    expect(parseNoticePage({ ...good, notices: [{ ...good.notices[0], title: undefined }] })).toBeNull()
  })
})

class MemoryStore implements KeyValueStore {
  data = new Map<string, unknown>()
  full = false
  read(key: string) {
    return this.data.get(key)
  }
  write(key: string, value: unknown) {
    if (this.full) throw new Error('full')
    this.data.set(key, JSON.parse(JSON.stringify(value)))
  }
}

describe('drafts in memory and in storage', () => {
  const isDraft = (v: unknown): v is { title: string } =>
    Boolean(v) && typeof (v as { title?: unknown }).title === 'string'

  it('the one saved last wins: memory after a failed write, storage when another page saved later', () => {
    let clock = 1000
    const store = new MemoryStore()
    const mine = new DraftStore(store, isDraft, () => clock)
    const other = new DraftStore(store, isDraft, () => clock)
    mine.save('d', { title: 'A' })
    clock += 1
    store.full = true
    mine.save('d', { title: 'B (memory only)' })
    expect(mine.load('d')).toEqual({ title: 'B (memory only)' })
    store.full = false
    clock += 1
    other.save('d', { title: 'C (another page)' })
    expect(mine.load('d')).toEqual({ title: 'C (another page)' })
  })

  it('reads a draft stored before drafts carried their time', () => {
    const store = new MemoryStore()
    store.data.set('d', { title: 'old format' })
    expect(new DraftStore(store, isDraft).load('d')).toEqual({ title: 'old format' })
  })
})

describe('sent outbox entries', () => {
  it('stay (已发布) for a day, then go; pending and failed entries stay', () => {
    const t = 10_000_000
    const sent = applyOutcome(createEntry('k-sent-1', 'publish-notice', {}, t), { kind: 'ok', result: null }, t)
    const pending = createEntry('k-pend-1', 'publish-notice', {}, t)
    expect(withoutOldSent([sent, pending], t + KEEP_SENT_MS - 1)).toHaveLength(2)
    expect(withoutOldSent([sent, pending], t + KEEP_SENT_MS + 1)).toEqual([pending])
  })

  it('Outbox.clearSent drops them from storage too', async () => {
    let clock = 10_000_000
    const store = new MemoryStore()
    let n = 0
    const outbox = createOutbox({
      storageKey: STORAGE_KEYS.noticeOutbox,
      store,
      send: async () => ({ kind: 'ok', result: null }),
      now: () => clock,
      newKey: () => `key-${++n}-abcdef`,
    })
    outbox.enqueue('publish-notice', { title: '一' })
    await outbox.flush()
    expect(outbox.clearSent()).toBe(false)
    expect(outbox.list().map((e) => e.status)).toEqual(['sent'])
    clock += KEEP_SENT_MS + 1
    outbox.enqueue('publish-notice', { title: '二' })
    expect(outbox.clearSent()).toBe(true)
    expect(outbox.list().map((e) => e.key)).toEqual(['key-2-abcdef'])
    expect((store.read(STORAGE_KEYS.noticeOutbox) as unknown[]).length).toBe(1)
  })

  it('Outbox.clearSent(0) drops a report the moment it is sent (its photos leave storage)', async () => {
    const store = new MemoryStore()
    const outbox = createOutbox({
      storageKey: STORAGE_KEYS.reportOutbox,
      store,
      send: async () => ({ kind: 'ok', result: null }),
      now: () => 10_000_000,
      newKey: () => 'key-report-abcdef',
    })
    outbox.enqueue('send-report', { photos: ['data:image/jpeg;base64,/9j/AAAA'] })
    await outbox.flush()
    expect(outbox.clearSent(0)).toBe(true)
    expect(outbox.list()).toEqual([])
    expect(outbox.clearSent(0)).toBe(false)
  })
})

// The fault suite: hundreds of injected faults — offline, timeouts (before and after the server saw the request),
// 5xx, malformed replies, full storage, and the app killed between send and acknowledge — and still no draft lost,
// no notice lost, no duplicate.
import { createOutbox, type OutboxOptions } from '@/services/create-outbox'
import { DraftStore } from '@/services/drafts'
import { STORAGE_KEYS, type KeyValueStore } from '@/services/storage'
import type { OutboxEntry, SendOutcome } from '@/domain/outbox'

const OUTBOX_KEY = STORAGE_KEYS.noticeOutbox
/** The notices' outbox over `store`, sending through `transport`. */
const outboxOver = (store: KeyValueStore, transport: { send: OutboxOptions['send'] }, options = {}) =>
  createOutbox({ storageKey: OUTBOX_KEY, store, send: (e) => transport.send(e), ...options })

type Fault = 'offline' | 'timeout-before' | 'ack-lost' | 'server-5xx' | 'malformed' | 'storage-full' | 'kill'
const FAULTS: Fault[] = ['offline', 'timeout-before', 'ack-lost', 'server-5xx', 'malformed', 'storage-full', 'kill']

function seeded(seed: number): () => number {
  let x = seed
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
}

/** A server that, like mock/ does, turns a repeated Idempotency-Key into the first result. */
class FakeServer {
  readonly notices = new Map<string, { id: string; title: string }>()
  private created = 0
  receive(entry: OutboxEntry): { id: string } {
    const known = this.notices.get(entry.key)
    if (known) return known
    const notice = { id: `n${++this.created}`, title: (entry.payload as { title: string }).title }
    this.notices.set(entry.key, notice)
    return notice
  }
}

/** Storage that fails while `full` is set (as a quota error does), and survives a "kill" (it is the device's). */
class FlakyStore implements KeyValueStore {
  data = new Map<string, unknown>()
  full = false
  read(key: string): unknown {
    const value = this.data.get(key)
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
  }
  write(key: string, value: unknown): void {
    if (this.full) throw new Error('setStorageSync:fail exceed storage max size')
    this.data.set(key, JSON.parse(JSON.stringify(value)))
  }
}

/** A transport whose next attempts fail the way `plan` says; then it delivers. */
class FaultyTransport {
  plan: (Fault | 'hang')[] = []
  private hangs = 0
  constructor(private readonly server: FakeServer) {}
  async send(entry: OutboxEntry): Promise<SendOutcome> {
    const fault = this.plan.shift()
    switch (fault) {
      case 'offline':
        throw new Error('request:fail net::ERR_INTERNET_DISCONNECTED')
      case 'timeout-before':
        return { kind: 'retry', reason: '请求超时' }
      case 'ack-lost':
        this.server.receive(entry)
        return { kind: 'retry', reason: '请求超时' }
      case 'server-5xx':
        return { kind: 'retry', reason: '服务暂时不可用（503）' }
      case 'hang':
        // The app dies mid-request — every other time after the server got it — so this promise never settles.
        if (this.hangs++ % 2 === 0) this.server.receive(entry)
        return new Promise<SendOutcome>(() => undefined)
      case 'malformed':
        this.server.receive(entry)
        return { kind: 'retry', reason: '服务返回的数据格式有误' }
      default:
        return { kind: 'ok', result: this.server.receive(entry) }
    }
  }
}

const isDraft = (v: unknown): v is { title: string; body: string } =>
  Boolean(v) && typeof v === 'object' && typeof (v as { title?: unknown }).title === 'string'

describe('outbox and drafts under injected faults', () => {
  it('loses no draft and no notice and creates no duplicate across 300 rounds of faults', async () => {
    const random = seeded(20261125)
    const store = new FlakyStore()
    const server = new FakeServer()
    const transport = new FaultyTransport(server)
    let clock = 1_000_000
    let warnings = 0
    const makeOutbox = () => outboxOver(store, transport, { now: () => clock, onStorageFailure: () => warnings++ })
    let outbox = makeOutbox()
    let drafts = new DraftStore(store, isDraft)
    const queued: string[] = []
    const faultCounts: Record<Fault, number> = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>
    let lastDraft: { title: string; body: string } | null = null

    for (let round = 0; round < 300; round++) {
      const fault = FAULTS[Math.floor(random() * FAULTS.length)]
      faultCounts[fault]++
      // A worker types: the draft is saved on every change.
      lastDraft = { title: `通知 ${round}`, body: `第 ${round} 次修改` }
      store.full = fault === 'storage-full'
      drafts.save('draft', lastDraft)
      // …and publishes: the notice goes into the outbox before any send.
      if (round % 2 === 0) queued.push(outbox.enqueue('publish-notice', { title: `通知 ${round}` }).key)
      if (fault === 'kill') {
        // Killed while a send is in flight: the server has it, the device never heard back, and storage still
        // says 发送中 for it.
        transport.plan = ['hang']
        void outbox.flush(true)
        await Promise.resolve()
        store.full = false
        outbox = makeOutbox() // the app starts again from what storage holds
        drafts = new DraftStore(store, isDraft)
      } else if (fault !== 'storage-full') {
        transport.plan = [fault]
        await outbox.flush(true)
      }
      store.full = false
      // Storage works again: the next change writes everything memory held.
      if (outbox.unsaved) expect(outbox.saveNow()).toBe(true)
      expect(drafts.load('draft')).toEqual(lastDraft)
      clock += 1_000
    }

    // The network comes back for good.
    transport.plan = []
    for (let i = 0; i < 3; i++) await outbox.flush(true)

    const injected = Object.values(faultCounts).reduce((a, b) => a + b, 0)
    expect(injected).toBeGreaterThanOrEqual(200)
    for (const f of FAULTS) expect(faultCounts[f]).toBeGreaterThan(10)
    // No notice lost: every queued key reached the server; no duplicate: one notice per key, ids unique.
    expect([...server.notices.keys()].sort()).toEqual([...queued].sort())
    expect(new Set([...server.notices.values()].map((n) => n.id)).size).toBe(queued.length)
    // The outbox shows every queued notice as sent (已发布), none stuck or failed.
    const shown = new Map(outbox.list().map((e) => [e.key, e.status]))
    expect(queued.filter((key) => shown.get(key) !== 'sent')).toEqual([])
    expect(warnings).toBeGreaterThan(0)
  })

  it('keeps a write in memory and warns when storage is full, and saves it once storage recovers', async () => {
    const store = new FlakyStore()
    const server = new FakeServer()
    const transport = new FaultyTransport(server)
    let warned = 0
    const outbox = outboxOver(store, transport, { onStorageFailure: () => warned++ })
    store.full = true
    const entry = outbox.enqueue('publish-notice', { title: '停水通知' })
    expect(warned).toBe(1)
    expect(outbox.unsaved).toBe(true)
    expect(outbox.list().map((e) => e.key)).toEqual([entry.key])
    store.full = false
    transport.plan = ['offline']
    await outbox.flush(true)
    expect(outbox.unsaved).toBe(false)
    expect((store.read(OUTBOX_KEY) as OutboxEntry[]).map((e) => e.status)).toEqual(['pending'])
  })

  it('marks a rejected write as failed with its reason and never resends it', async () => {
    const store = new FlakyStore()
    const sends: string[] = []
    const outbox = outboxOver(store, {
      send: async (e: OutboxEntry) => {
        sends.push(e.key)
        return { kind: 'reject', reason: '标题不能超过 60 个字' }
      },
    })
    outbox.enqueue('publish-notice', { title: 'x'.repeat(61) })
    await outbox.flush(true)
    await outbox.flush(true)
    expect(sends).toHaveLength(1)
    expect(outbox.list()[0]).toMatchObject({ status: 'failed', lastError: '标题不能超过 60 个字' })
  })

  it('sends each due entry once even when flush is called twice at the same time', async () => {
    const store = new FlakyStore()
    const server = new FakeServer()
    let calls = 0
    const outbox = outboxOver(store, {
      send: async (e: OutboxEntry) => {
        calls++
        await new Promise((r) => setTimeout(r, 5))
        return { kind: 'ok', result: server.receive(e) }
      },
    })
    outbox.enqueue('publish-notice', { title: '活动通知' })
    await Promise.all([outbox.flush(true), outbox.flush(true)])
    expect(calls).toBe(1)
  })

  it('a corrupted outbox or draft in storage starts empty instead of crashing', () => {
    const store = new FlakyStore()
    store.data.set(OUTBOX_KEY, [{ nonsense: true }, 42, null, 'x'])
    store.data.set('draft', { body: 'no title' })
    expect(outboxOver(store, { send: async () => ({ kind: 'ok', result: null }) }).list()).toEqual([])
    expect(new DraftStore(store, isDraft).load('draft')).toBeNull()
  })
})

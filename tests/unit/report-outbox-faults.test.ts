// 小事快办 never loses a report and never makes two: the report outbox over storage that fills up, a server reached
// through Taro.request that drops answers, answers 5xx or refuses, and an app killed mid-send; the form's draft keeps
// its photos when storage holds them, else its text (with a note); photos that cannot fit 2 MB are named.
import Taro from '@tarojs/taro'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER, toReportView } from '../../src/domain/api-contract'
import { statusLabel, type OutboxEntry } from '../../src/domain/outbox'
import { createReport, reportCreateSchema, type ReportCreateInput } from '../../src/domain/report'
import { EMPTY_REPORT_DRAFT } from '../../src/domain/report-draft'
import type { KeyValueStore } from '../../src/services/key-value-store'
import { createReportDrafts, REPORT_DRAFT_KEY } from '../../src/services/report-drafts'
import { createReportOutbox, REPORT_OUTBOX_KEY, SEND_REPORT } from '../../src/services/report-outbox'
import { COMPRESSION_STEPS, fitPhoto } from '../../src/services/photos'

/** Storage with a size limit per value (as WeChat's 1 MB per key), or failing altogether while `full`. */
class FlakyStore implements KeyValueStore {
  data = new Map<string, string>()
  full = false
  constructor(private readonly maxChars = Infinity) {}
  read(key: string): unknown {
    const value = this.data.get(key)
    return value === undefined ? undefined : JSON.parse(value)
  }
  write(key: string, value: unknown): void {
    const text = JSON.stringify(value)
    if (this.full || text.length > this.maxChars) throw new Error('setStorageSync:fail exceed storage max size')
    this.data.set(key, text)
  }
}

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const report = (n: number): ReportCreateInput => ({
  category: '设施报修',
  description: `第 ${n} 个路灯不亮`,
  place: `${n} 号楼`,
  photos: n % 3 === 0 ? [PNG] : [],
})

type Fault = 'offline' | 'ack-lost' | 'server-5xx' | 'storage-full' | 'kill'
const FAULTS: Fault[] = ['offline', 'ack-lost', 'server-5xx', 'storage-full', 'kill']

/** POST /api/reports as mock/ answers it (one report per Idempotency-Key), behind a network that fails as planned. */
class FakeApi {
  readonly reports = new Map<string, ReportCreateInput>()
  plan: (Fault | 'hang' | 'refuse')[] = []
  posts = 0
  private created = 0

  request = ((options: Taro.request.Option) => {
    if (options.url.endsWith(API_PATHS.session)) {
      return Promise.resolve({
        statusCode: 201,
        data: { token: 'resident-token', role: 'resident', expiresAt: '2099-01-01T00:00:00.000Z', worker: null },
      })
    }
    this.posts++
    const key = (options.header as Record<string, string>)[IDEMPOTENCY_KEY_HEADER]
    const input = reportCreateSchema.parse(options.data)
    const fault = this.plan.shift()
    const receive = () => {
      if (!this.reports.has(key)) this.reports.set(key, input)
      const record = createReport(input, { id: `r${++this.created}`, ownerId: 'me', photos: [], now: new Date() })
      return { statusCode: 201, data: { report: toReportView(record, 'me') } }
    }
    switch (fault) {
      case 'offline':
        return Promise.reject({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' })
      case 'ack-lost':
        receive()
        return Promise.reject({ errMsg: 'request:fail timeout' })
      case 'server-5xx':
        return Promise.resolve({ statusCode: 503, data: { error: '服务暂时不可用' } })
      case 'refuse':
        return Promise.resolve({ statusCode: 400, data: { error: '地点不能为空', fields: { place: '地点不能为空' } } })
      case 'hang':
        if (this.posts % 2 === 0) receive()
        return new Promise(() => undefined)
      default:
        return Promise.resolve(receive())
    }
  }) as unknown as typeof Taro.request
}

function seeded(seed: number): () => number {
  let x = seed
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
}

let api: FakeApi
beforeEach(() => {
  api = new FakeApi()
  jest.spyOn(Taro, 'request').mockImplementation(api.request)
  Taro.clearStorageSync()
})
afterEach(() => jest.restoreAllMocks())

describe('the report outbox under injected faults', () => {
  it('delivers every report exactly once, photos intact, across 150 rounds of faults', async () => {
    const random = seeded(20261125)
    const store = new FlakyStore()
    let outbox = createReportOutbox(store)
    const queued = new Map<string, ReportCreateInput>()
    const counts = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>
    for (let round = 0; round < 150; round++) {
      const fault = FAULTS[Math.floor(random() * FAULTS.length)]
      counts[fault]++
      store.full = fault === 'storage-full'
      const input = report(round)
      queued.set(outbox.outbox.enqueue(SEND_REPORT, input).key, input)
      if (fault === 'kill') {
        api.plan = ['hang']
        void outbox.outbox.flush(true)
        await Promise.resolve()
        outbox = createReportOutbox(store) // the app starts again from what storage holds
      } else if (fault !== 'storage-full') {
        api.plan = [fault]
        await outbox.outbox.flush(true)
      }
      store.full = false
      if (outbox.outbox.unsaved) expect(outbox.outbox.saveNow()).toBe(true)
    }
    api.plan = []
    for (let i = 0; i < 3; i++) await outbox.outbox.flush(true)

    for (const f of FAULTS) expect(counts[f]).toBeGreaterThan(15)
    // Exactly the queued reports reached the server, each once, with their photos.
    expect(new Map(api.reports)).toEqual(queued)
    expect(outbox.list().filter((e) => e.status !== 'sent')).toEqual([])
    // More POSTs than reports: the retries happened and the keys made them harmless.
    expect(api.posts).toBeGreaterThan(queued.size)
  })

  it('shows 待发送 with the reason while offline, then sends once when the network is back', async () => {
    const outbox = createReportOutbox(new FlakyStore())
    api.plan = ['offline']
    const entry = outbox.enqueue(SEND_REPORT, report(1))
    await outbox.flush()
    const [pending] = outbox.list()
    expect(pending.key).toBe(entry.key)
    expect(statusLabel(pending)).toBe('待发送（网络不可用，请检查网络，将自动重试）')
    await outbox.flush(true)
    expect(outbox.list()[0].status).toBe('sent')
    expect(api.reports.size).toBe(1)
  })

  it('marks a refused report 失败（原因）and never resends it', async () => {
    const outbox = createReportOutbox(new FlakyStore())
    api.plan = ['refuse']
    outbox.enqueue(SEND_REPORT, report(2))
    await outbox.flush()
    await outbox.flush(true)
    expect(api.posts).toBe(1)
    expect(statusLabel(outbox.list()[0])).toBe('失败（地点不能为空）')
  })

  it('keeps a report in memory when storage is full, and stores it once storage recovers', async () => {
    const store = new FlakyStore()
    const outbox = createReportOutbox(store)
    store.full = true
    api.plan = ['offline']
    outbox.enqueue(SEND_REPORT, report(3))
    await outbox.flush()
    expect(outbox.outbox.unsaved).toBe(true)
    expect(outbox.list()).toHaveLength(1)
    store.full = false
    expect(outbox.outbox.saveNow()).toBe(true)
    expect((store.read(REPORT_OUTBOX_KEY) as OutboxEntry<ReportCreateInput>[])[0].payload.photos).toEqual([PNG])
  })
})

describe('the report draft', () => {
  const draft = { category: '环境卫生', description: '垃圾桶满了', place: '北门', photos: [PNG, PNG] }

  it('is stored with its photos when they fit, and comes back after a restart', () => {
    const store = new FlakyStore()
    expect(createReportDrafts(store).save(draft)).toBe('saved')
    expect(createReportDrafts(store).load()).toEqual(draft)
  })

  it('keeps the text when the photos do not fit, says so, and keeps the photos for this visit', () => {
    const store = new FlakyStore(200)
    const drafts = createReportDrafts(store)
    expect(drafts.save(draft)).toBe('without-photos')
    expect(drafts.load()).toEqual(draft)
    expect(createReportDrafts(store).load()).toEqual({ ...draft, photos: [] })
  })

  it('stays in memory when storage fails altogether, and a bad stored value reads as no draft', () => {
    const store = new FlakyStore()
    store.full = true
    const drafts = createReportDrafts(store)
    expect(drafts.save(draft)).toBe('memory-only')
    expect(drafts.load()).toEqual(draft)
    store.full = false
    store.write(REPORT_DRAFT_KEY, { ...EMPTY_REPORT_DRAFT, photos: ['javascript:alert(1)'] })
    expect(createReportDrafts(store).load()).toBeNull()
  })
})

describe('fitting a photo into 2 MB', () => {
  const jpegOf = (bytes: number) => `data:image/jpeg;base64,/9j/${'A'.repeat(Math.ceil(bytes / 3) * 4 - 4)}`

  it('keeps a small real image as it is', async () => {
    const encode = jest.fn()
    expect(await fitPhoto('「a.png」', encode, PNG)).toEqual({ ok: true, dataUrl: PNG })
    expect(encode).not.toHaveBeenCalled()
  })

  it('shrinks step by step until the photo fits', async () => {
    const sizes = [5_000_000, 2_500_000, 900_000]
    const encode = jest.fn(async () => jpegOf(sizes.shift()!))
    const result = await fitPhoto('「大.jpg」', encode)
    expect(result.ok).toBe(true)
    expect(encode.mock.calls).toEqual(COMPRESSION_STEPS.slice(0, 3).map((s) => [s.maxSide, s.quality]))
  })

  it('names a photo that is still over 2 MB after every step, and one that is not an image', async () => {
    expect(await fitPhoto('「全景.jpg」', async () => jpegOf(3_000_000))).toEqual({
      ok: false,
      message: '「全景.jpg」压缩后仍有 2.9 MB，超过 2.0 MB，未添加，请换一张',
    })
    const broken = async () => {
      throw new Error('decode failed')
    }
    expect(await fitPhoto('第 2 张所选照片', broken)).toEqual({
      ok: false,
      message: '第 2 张所选照片不是图片（请选 JPEG、PNG 或 WebP 照片），未添加',
    })
    expect(await fitPhoto('「x.jpg」', async () => 'data:image/jpeg;base64,AAAA')).toMatchObject({ ok: false })
  })
})

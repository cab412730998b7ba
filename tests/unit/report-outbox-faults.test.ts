// 小事快办 never loses a report and never makes two, nor stores a photo twice: the report outbox over storage that
// fills up, a server (photos uploaded first through fetch in H5, then the report through Taro.request) that drops
// answers, answers 5xx or refuses, and an app killed mid-send; the form's draft keeps its photos when storage holds
// them, else its text (with a note); photos that cannot fit 2 MB are named.
import Taro from '@tarojs/taro'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER, PHOTO_UPLOAD_FIELD, toReportView } from '@/domain/api-contract'
import { statusLabel, type OutboxEntry } from '@/domain/outbox'
import { createReport } from '@/domain/report-lifecycle'
import { reportCreateBodySchema, type PhotoType, type ReportCreateInput } from '@/domain/report'
import { EMPTY_REPORT_DRAFT } from '@/domain/report-draft'
import { STORAGE_KEYS, type KeyValueStore } from '@/services/storage'
import { createReportDrafts } from '@/services/community/report-drafts'
import { createReportOutbox, SEND_REPORT } from '@/services/community/report-outbox'

const { reportDraft: REPORT_DRAFT_KEY, reportOutbox: REPORT_OUTBOX_KEY } = STORAGE_KEYS
import { COMPRESSION_STEPS, fitPhoto } from '@/services/community/photo-fit'

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
/** A second, different photo (a 1×1 PNG of another colour). */
const PNG_2 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const report = (n: number): ReportCreateInput => ({
  category: '设施报修',
  description: `第 ${n} 个路灯不亮`,
  place: `${n} 号楼`,
  photos: n % 3 === 0 ? [PNG] : [],
})

type Fault = 'offline' | 'ack-lost' | 'server-5xx' | 'storage-full' | 'kill'
const FAULTS: Fault[] = ['offline', 'ack-lost', 'server-5xx', 'storage-full', 'kill']

/** A File from the upload read back as a data URL (what the form held). */
function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

/** fetch's answer as photo-upload.h5 reads it. */
const fetchReply = (status: number, body: unknown) =>
  ({ status, text: () => Promise.resolve(JSON.stringify(body)) }) as unknown as Response

type Plan = (Fault | 'hang' | 'refuse')[]

/**
 * The server as the contract says: POST /api/photos stores one photo per Idempotency-Key, POST /api/reports one
 * report per key with the photos named by photoIds — behind a network that fails as planned (each planned fault hits
 * the next call, upload or report).
 */
class FakeApi {
  readonly reports = new Map<string, ReportCreateInput>()
  /** Photo id by its upload's key, and each stored photo as a data URL. */
  readonly photoIds = new Map<string, string>()
  readonly photos = new Map<string, string>()
  plan: Plan = []
  posts = 0
  uploads = 0
  readonly uploadKeys: string[] = []
  readonly reportBodies: { key: string; photoIds?: string[] }[] = []
  private created = 0

  request = ((options: Taro.request.Option) => {
    if (options.url.endsWith(API_PATHS.session)) {
      return Promise.resolve({
        statusCode: 201,
        data: {
          token: 'resident-token',
          role: 'resident',
          expiresAt: '2099-01-01T00:00:00.000Z',
          community: { id: 'yuewanhu', name: '月湾湖社区' },
          worker: null,
        },
      })
    }
    this.posts++
    const key = (options.header as Record<string, string>)[IDEMPOTENCY_KEY_HEADER]
    const body = reportCreateBodySchema.parse(options.data)
    this.reportBodies.push({ key, photoIds: body.photoIds })
    const fault = this.plan.shift()
    const receive = () => {
      const photos = (body.photoIds ?? []).map((id) => this.photos.get(id)!)
      const input: ReportCreateInput = {
        category: body.category,
        description: body.description,
        place: body.place,
        photos,
      }
      if (!this.reports.has(key)) this.reports.set(key, input)
      const refs = (body.photoIds ?? []).map((id) => ({ id, type: 'image/png' as PhotoType, bytes: 68 }))
      const record = createReport(body, {
        id: `r${++this.created}`,
        number: `YWH-20261201-000${this.created}`,
        ownerId: 'me',
        photos: refs,
        now: new Date(),
      })
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

  fetch = (async (url: string, init: RequestInit) => {
    expect(url).toBe(API_PATHS.photos)
    expect(init.method).toBe('POST')
    this.uploads++
    const headers = init.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer resident-token')
    const key = headers[IDEMPOTENCY_KEY_HEADER]
    this.uploadKeys.push(key)
    const file = (init.body as FormData).get(PHOTO_UPLOAD_FIELD) as File
    const dataUrl = await dataUrlOf(file)
    const fault = this.plan.shift()
    const receive = () => {
      let id = this.photoIds.get(key)
      const replay = id !== undefined
      if (!id) {
        id = `photo-${String(this.photoIds.size + 1).padStart(12, '0')}`
        this.photoIds.set(key, id)
        this.photos.set(id, dataUrl)
      }
      return fetchReply(replay ? 200 : 201, { photo: { id, type: 'image/png', bytes: 68, url: API_PATHS.photo(id) } })
    }
    switch (fault) {
      case 'offline':
        throw new TypeError('Failed to fetch')
      case 'ack-lost':
        receive()
        throw new TypeError('network error')
      case 'server-5xx':
        return fetchReply(503, { error: '服务暂时不可用' })
      case 'hang':
        if (this.uploads % 2 === 0) receive()
        return new Promise<Response>(() => undefined)
      default:
        return receive()
    }
  }) as unknown as typeof fetch
}

function seeded(seed: number): () => number {
  let x = seed
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
}

let api: FakeApi
beforeEach(() => {
  api = new FakeApi()
  jest.spyOn(Taro, 'request').mockImplementation(api.request)
  globalThis.fetch = jest.fn(api.fetch) as unknown as typeof fetch
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
      queued.set(outbox.enqueue(SEND_REPORT, input).key, input)
      if (fault === 'kill') {
        api.plan = ['hang']
        void outbox.flush(true)
        await Promise.resolve()
        outbox = createReportOutbox(store) // the app starts again from what storage holds
      } else if (fault !== 'storage-full') {
        api.plan = [fault]
        await outbox.flush(true)
      }
      store.full = false
      if (outbox.unsaved) expect(outbox.saveNow()).toBe(true)
    }
    api.plan = []
    for (let i = 0; i < 3; i++) await outbox.flush(true)

    for (const f of FAULTS) expect(counts[f]).toBeGreaterThan(15)
    // Exactly the queued reports reached the server, each once, with their photos.
    expect(new Map(api.reports)).toEqual(queued)
    expect(outbox.list().filter((e) => e.status !== 'sent')).toEqual([])
    // More POSTs than reports: the retries happened and the keys made them harmless.
    expect(api.posts).toBeGreaterThan(queued.size)
    // One stored photo per photo queued, however many times it went up.
    const queuedPhotos = [...queued.values()].reduce((n, r) => n + (r.photos?.length ?? 0), 0)
    expect(api.photos.size).toBe(queuedPhotos)
    expect(api.uploads).toBeGreaterThan(queuedPhotos)
  })

  it('uploads each photo of a report as a file, then posts the report with their ids', async () => {
    const outbox = createReportOutbox(new FlakyStore())
    const input = { ...report(1), photos: [PNG, PNG_2] }
    const entry = outbox.enqueue(SEND_REPORT, input)
    await outbox.flush()
    expect(api.uploadKeys).toEqual([`${entry.key}.photo.0`, `${entry.key}.photo.1`])
    const ids = [...api.photoIds.values()]
    expect(api.reportBodies).toEqual([{ key: entry.key, photoIds: ids }])
    expect(outbox.list()[0].status).toBe('sent')
    expect(api.reports.get(entry.key)).toEqual(input)
  })

  it('after a lost reply, sends again with the same keys: one report, each photo stored once', async () => {
    const outbox = createReportOutbox(new FlakyStore())
    const input = { ...report(2), photos: [PNG, PNG_2] }
    // Both photos go up; the report reaches the server but its answer is lost.
    api.plan = ['ok', 'ok', 'ack-lost'] as unknown as Plan
    const entry = outbox.enqueue(SEND_REPORT, input)
    await outbox.flush()
    expect(statusLabel(outbox.list()[0])).toBe('待发送（请求超时，请稍后重试，将自动重试）')
    await outbox.flush(true)
    expect(outbox.list()[0].status).toBe('sent')
    const keys = [`${entry.key}.photo.0`, `${entry.key}.photo.1`]
    expect(api.uploadKeys).toEqual([...keys, ...keys])
    expect(api.photos.size).toBe(2)
    expect(api.reportBodies.map((b) => b.key)).toEqual([entry.key, entry.key])
    expect(api.reportBodies[1].photoIds).toEqual(api.reportBodies[0].photoIds)
    expect([...api.reports.keys()]).toEqual([entry.key])
    expect(api.reports.get(entry.key)).toEqual(input)
  })

  it('keeps a report 待发送 when a photo upload gets no answer, and never posts it without the photo', async () => {
    const outbox = createReportOutbox(new FlakyStore())
    api.plan = ['ok', 'offline'] as unknown as Plan
    outbox.enqueue(SEND_REPORT, { ...report(4), photos: [PNG, PNG_2] })
    await outbox.flush()
    expect(statusLabel(outbox.list()[0])).toBe('待发送（网络不可用，请检查网络，将自动重试）')
    expect(api.posts).toBe(0)
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
    expect(outbox.unsaved).toBe(true)
    expect(outbox.list()).toHaveLength(1)
    store.full = false
    expect(outbox.saveNow()).toBe(true)
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

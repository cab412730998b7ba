/**
 * @jest-environment node
 */
// WeChat's content security on the real server, against the fake WeChat server: a resident's report text goes through
// msg_sec_check with her own openid (risky → 422 and nothing stored; review → stored; WeChat down → 503, nothing
// stored); a photo is pending (审核中, no URL for workers) until WeChat's signed push passes it, and a refused one is
// never shown to anyone nor served; a push with a bad signature changes nothing; without credentials checks are off.
import { reportListResponseSchema, sessionResponseSchema } from '@/domain/api-contract'
import { cleanUp } from '../../server/store/clean-up'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../support/fake-wechat'
import { HOUR, jpegBytes, startApi, type StartOptions, type TestApi } from './support/api-server'
import { captureLogs, type CapturedLogs } from './support/captured-logs'

const PUSH_TOKEN = 'fakePushToken2026'
const PUBLIC_BASE = 'https://yuewanhu.example.test'
const OPENID = 'oOpenid-alice-123456789'
const RISKY = '违规样本词'
const UNSURE = '待人工复核词'

let api: TestApi
let wechat: FakeWechat
let logs: CapturedLogs
beforeEach(async () => {
  wechat = await startFakeWechat()
  wechat.textVerdicts.set(RISKY, 'risky').set(UNSURE, 'review')
})
afterEach(async () => {
  await api?.close()
  await wechat.close()
})

const start = (options: StartOptions = {}) => {
  logs = captureLogs()
  return startApi({ logger: logs.logger, ...options })
}
const withChecks = (limits: StartOptions['limits'] = {}) =>
  start({
    limits,
    config: {
      wechat: {
        appId: FAKE_APPID,
        secret: FAKE_SECRET,
        apiBase: wechat.base,
        pushToken: PUSH_TOKEN,
        publicBase: PUBLIC_BASE,
      },
    },
  })

async function weappResident(openid = OPENID): Promise<string> {
  const code = `code-${openid}-${Math.random().toString(36).slice(2)}`
  wechat.addCode(code, openid)
  const res = await api.call('POST', '/api/session', { body: { role: 'resident', wxCode: code } })
  expect(res.status).toBe(201)
  expect(JSON.stringify(res.body)).not.toContain(openid)
  return sessionResponseSchema.parse(res.body).token
}

const report = (description: string, extra: Record<string, unknown> = {}) => ({
  category: '设施报修',
  description,
  place: '月湾湖社区 5 号楼',
  ...extra,
})
const textChecks = () => wechat.calls.filter((c) => c.path === '/wxa/msg_sec_check')
const stored = async () => ({
  reports: await api.count('reports'),
  events: await api.count('report_events'),
  keys: await api.count('idempotency_keys'),
})
async function photosSeenBy(token: string) {
  const res = await api.call('GET', '/api/reports', { token })
  expect(res.status).toBe(200)
  return reportListResponseSchema.parse(res.body).reports.flatMap((r) => r.photos)
}
/** Alice reports with one photo; the photo's id and the URL her upload answer gave her. */
async function reportWithPhoto(alice: string) {
  const upload = await api.uploadPhoto(alice, await jpegBytes(48))
  expect(upload.status).toBe(201)
  const posted = await api.call('POST', '/api/reports', {
    token: alice,
    body: report('路灯不亮', { photoIds: [upload.body.photo.id] }),
  })
  expect(posted.status).toBe(201)
  return { id: upload.body.photo.id as string, url: upload.body.photo.url as string }
}
const get = (path: string) => fetch(api.base + path)

describe('report text with checks on', () => {
  beforeEach(async () => {
    api = await withChecks()
  })

  it('a text WeChat passes is stored; WeChat was asked with the resident’s own openid, version 2, scene 2', async () => {
    const alice = await weappResident()
    const res = await api.call('POST', '/api/reports', { token: alice, body: report('5 号楼楼道灯不亮') })
    expect(res.status).toBe(201)
    expect(await stored()).toMatchObject({ reports: 1 })
    const [asked] = textChecks()
    expect(asked.body).toMatchObject({ version: 2, scene: 2, openid: OPENID })
    expect((asked.body as { content: string }).content).toContain('5 号楼楼道灯不亮')
    expect((asked.body as { content: string }).content).toContain('月湾湖社区 5 号楼')
  })

  it('a risky description or place is refused with 422 and a plain message; nothing is stored', async () => {
    const alice = await weappResident()
    for (const body of [report(`门口有${RISKY}`), report('灯不亮', { place: `${RISKY}旁边` })]) {
      const res = await api.call('POST', '/api/reports', {
        token: alice,
        body,
        headers: { 'Idempotency-Key': `key-${Math.random().toString(36).slice(2)}-0001` },
      })
      expect(res.status).toBe(422)
      expect(res.body.error).toBe('内容可能含有不当信息，未能发送。请修改后再试')
    }
    expect(await stored()).toEqual({ reports: 0, events: 0, keys: 0 })
    expect(await photosSeenBy(alice)).toEqual([])
  })

  it('a sender who keeps sending text is stopped (429) before WeChat is asked again: refused texts count too', async () => {
    await api.close()
    api = await withChecks({ textChecksPerDay: 2 })
    const alice = await weappResident()
    const send = (description: string) => api.call('POST', '/api/reports', { token: alice, body: report(description) })
    expect((await send(`门口有${RISKY}`)).status).toBe(422)
    expect((await send('路灯不亮')).status).toBe(201)
    const third = await send('井盖松动')
    expect(third.status).toBe(429)
    expect(third.body.error).toContain('今天发送的内容已达 2 次上限')
    expect(textChecks()).toHaveLength(2)
    // Another resident is still served.
    const bob = await weappResident('oOpenid-bob-1234567890')
    const theirs = await api.call('POST', '/api/reports', { token: bob, body: report('树枝挡路') })
    expect(theirs.status).toBe(201)
    expect(await stored()).toMatchObject({ reports: 2 })
  })

  it('a text WeChat is unsure of (review) is stored', async () => {
    const alice = await weappResident()
    const res = await api.call('POST', '/api/reports', { token: alice, body: report(`门口${UNSURE}`) })
    expect(res.status).toBe(201)
    expect(await stored()).toMatchObject({ reports: 1 })
  })

  it('WeChat out of reach: 503 with Retry-After, nothing stored (the app keeps it and sends again)', async () => {
    const alice = await weappResident()
    wechat.down = true
    const res = await api.call('POST', '/api/reports', { token: alice, body: report('灯不亮') })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(await stored()).toEqual({ reports: 0, events: 0, keys: 0 })
  })

  it('an H5 resident (no openid) is not checked', async () => {
    const h5 = await api.residentToken()
    const res = await api.call('POST', '/api/reports', { token: h5, body: report(`门口有${RISKY}`) })
    expect(res.status).toBe(201)
    expect(textChecks()).toEqual([])
  })
})

describe('notice text with checks on', () => {
  beforeEach(async () => {
    api = await withChecks()
  })

  it('a WeChat-signed-in worker’s risky notice is refused (422, nothing stored); a passed one is published', async () => {
    // A worker whose invite bound their WeChat, signing in later with wx.login alone: the session keeps the openid.
    const added = await api.invite({ name: '微信社工' })
    wechat.addCode('bind-code-worker-0001', 'oOpenid-worker-000000001')
    const bound = await api.call('POST', '/api/session', {
      body: { role: 'worker', invite: added.invite.code, wxCode: 'bind-code-worker-0001' },
    })
    expect(bound.status).toBe(201)
    wechat.addCode('login-code-worker-001', 'oOpenid-worker-000000001')
    const later = await api.call('POST', '/api/session', { body: { role: 'worker', wxCode: 'login-code-worker-001' } })
    expect(later.status).toBe(201)
    const worker = sessionResponseSchema.parse(later.body).token
    const notice = (title: string) => ({
      category: '通知',
      title,
      body: '本周六停水，请提前储水。',
      audience: '全体居民',
    })
    const refused = await api.call('POST', '/api/notices', {
      token: worker,
      body: notice(`停水${RISKY}`),
      headers: { 'Idempotency-Key': 'notice-key-risky-000001' },
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error).toContain('未能发送')
    expect(await api.count('notices')).toBe(0)
    const asked = textChecks()[0].body as Record<string, unknown>
    expect(asked).toMatchObject({ scene: 3, openid: 'oOpenid-worker-000000001', version: 2 })
    expect(asked.content).toContain('本周六停水')
    const ok = await api.call('POST', '/api/notices', {
      token: worker,
      body: notice('停水通知'),
      headers: { 'Idempotency-Key': 'notice-key-fine-0000001' },
    })
    expect(ok.status).toBe(201)
    const edit = await api.call('PATCH', `/api/notices/${ok.body.notice.id}`, {
      token: worker,
      body: { body: `改为${RISKY}` },
    })
    expect(edit.status).toBe(422)
    const now = await api.call('GET', `/api/notices/${ok.body.notice.id}`, { token: worker })
    expect(now.body.notice.body).toBe('本周六停水，请提前储水。')
  })
})

describe('photos with checks on', () => {
  beforeEach(async () => {
    api = await withChecks()
  })

  it('pending (审核中: no URL for workers, the reporter sees hers) → WeChat passes → workers see it', async () => {
    const alice = await weappResident()
    const worker = await api.workerToken()
    const { id } = await reportWithPhoto(alice)
    const [check] = wechat.mediaChecks
    expect(wechat.calls.find((c) => c.path === '/wxa/media_check_async')!.body).toMatchObject({
      media_type: 2,
      version: 2,
      openid: OPENID,
      scene: 2,
    })
    // The URL WeChat fetches: the public address and a signed path that works while the photo is pending.
    expect(check.mediaUrl.startsWith(`${PUBLIC_BASE}/api/photos/${id}?exp=`)).toBe(true)
    expect((await get(check.mediaUrl.slice(PUBLIC_BASE.length))).status).toBe(200)

    expect(await photosSeenBy(worker)).toEqual([expect.objectContaining({ id, check: 'pending', url: null })])
    const [own] = await photosSeenBy(alice)
    expect(own).toMatchObject({ id, check: 'pending' })
    expect((await get(own.url!)).status).toBe(200)

    const pushed = await wechat.pushMediaResult(api.base, {
      traceId: check.traceId,
      suggest: 'pass',
      pushToken: PUSH_TOKEN,
    })
    expect(pushed).toEqual({ status: 200, text: 'success' })
    const [seen] = await photosSeenBy(worker)
    expect(seen).toMatchObject({ id, check: 'passed' })
    expect((await get(seen.url!)).status).toBe(200)
  })

  it('pending → refused: never shown to anyone, and no URL — not even the earlier ones — serves it', async () => {
    const alice = await weappResident()
    const worker = await api.workerToken()
    const { id, url } = await reportWithPhoto(alice)
    const [check] = wechat.mediaChecks
    const pushed = await wechat.pushMediaResult(api.base, {
      traceId: check.traceId,
      suggest: 'risky',
      pushToken: PUSH_TOKEN,
    })
    expect(pushed.status).toBe(200)
    for (const token of [alice, worker]) {
      expect(await photosSeenBy(token)).toEqual([expect.objectContaining({ id, check: 'refused', url: null })])
    }
    for (const earlier of [url, check.mediaUrl.slice(PUBLIC_BASE.length)]) {
      const res = await get(earlier)
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ error: '图片未通过安全检测' })
    }
  })

  it('a push with a bad signature is refused (403) and changes nothing', async () => {
    const alice = await weappResident()
    const worker = await api.workerToken()
    await reportWithPhoto(alice)
    const [check] = wechat.mediaChecks
    const forged = await wechat.pushMediaResult(api.base, {
      traceId: check.traceId,
      suggest: 'pass',
      pushToken: PUSH_TOKEN,
      forge: true,
    })
    expect(forged.status).toBe(403)
    const noSignature = await fetch(`${api.base}/api/wechat/push`, { method: 'POST', body: '{}' })
    expect(noSignature.status).toBe(403)
    expect(await photosSeenBy(worker)).toEqual([expect.objectContaining({ check: 'pending', url: null })])
  })

  it('a photo WeChat never answers for is refused by the clean-up after a day', async () => {
    const alice = await weappResident()
    await reportWithPhoto(alice)
    api.clock.advance(25 * HOUR)
    await cleanUp(api.database.db, api.clock.now)
    const worker = await api.workerToken()
    expect(await photosSeenBy(worker)).toEqual([expect.objectContaining({ check: 'refused', url: null })])
  })

  it('WeChat out of reach at upload: 503, the photo is not kept, the same key uploads it anew later', async () => {
    const alice = await weappResident()
    wechat.down = true
    const first = await api.uploadPhoto(alice, await jpegBytes(48), { key: 'photo-key-0000000000001' })
    expect(first.status).toBe(503)
    expect(await api.count('photos')).toBe(0)
    wechat.down = false
    const again = await api.uploadPhoto(alice, await jpegBytes(48), { key: 'photo-key-0000000000001' })
    expect(again.status).toBe(201)
    expect(again.body.photo.check).toBe('pending')
  })
})

describe('checks off without WeChat credentials', () => {
  it('says so at start and in /api/ready; text and photos are stored and shown unchecked', async () => {
    api = await start()
    expect(logs.text()).toContain('content checks are off')
    const ready = await api.call('GET', '/api/ready')
    expect(ready.body).toMatchObject({ ok: true, contentChecks: 'off' })
    const resident = await api.residentToken()
    const worker = await api.workerToken()
    const upload = await api.uploadPhoto(resident, await jpegBytes(48))
    expect(upload.body.photo.check).toBe('passed')
    const posted = await api.call('POST', '/api/reports', {
      token: resident,
      body: report(`门口有${RISKY}`, { photoIds: [upload.body.photo.id] }),
    })
    expect(posted.status).toBe(201)
    const [seen] = await photosSeenBy(worker)
    expect(seen.check).toBe('passed')
    expect((await get(seen.url!)).status).toBe(200)
    expect(wechat.calls).toEqual([])
  })

  it('with checks on, /api/ready says so', async () => {
    api = await withChecks()
    expect((await api.call('GET', '/api/ready')).body.contentChecks).toBe('on')
  })
})

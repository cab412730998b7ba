// One fake WeChat server API for tests, on loopback (node http, a random port): jscode2session (codes it was told
// about → their openids, once each; unknown → 40029), stable_token (counted, so a test can prove caching and a single
// refresh), msg_sec_check (pass, unless the text holds a word of `textVerdicts`: then review or risky),
// media_check_async (a new trace_id each; `pushMediaResult` sends its result as WeChat's signed push to the server)
// and subscribeMessage.send (each accepted message kept in `sentMessages`; `refuseMessagesTo` answers 43101 for an
// openid, `failNextMessages` fails the next N with -1 or HTTP 500). Every route lives in
// one table (`routes`): a test replaces or adds one with `route()`. Point WECHAT_API_BASE (config.wechat.apiBase) at
// `base`. `down = true` drops every connection, as an unreachable WeChat would.
import crypto from 'node:crypto'
import http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

export const FAKE_APPID = 'wx0fake0000000000'
export const FAKE_SECRET = 'fake-app-secret-3f9a1c7e5b2d8046'

export interface FakeRequest {
  method: string
  /** The path without the query, e.g. /sns/jscode2session. */
  path: string
  query: URLSearchParams
  /** The JSON body (POST), or undefined. */
  body: unknown
}

export interface FakeReply {
  status?: number
  body: unknown
}

export type FakeRoute = (req: FakeRequest) => FakeReply | Promise<FakeReply>

export interface FakeWechat {
  base: string
  appId: string
  secret: string
  /** Every call received, in order (tests look for what was sent, or that nothing was). */
  calls: FakeRequest[]
  /** Calls to stable_token so far. */
  tokenCalls: number
  /** How long each stable_token call takes (ms), so that concurrent refreshes overlap; 0 by default. */
  tokenDelayMs: number
  /** expires_in of the next tokens (s); WeChat's is 7200. */
  tokenExpiresIn: number
  /** While true, every connection is dropped without an answer. */
  down: boolean
  /** The routes, by `METHOD /path`: replace or add one with route(). */
  routes: Map<string, FakeRoute>
  route(method: 'GET' | 'POST', path: string, handler: FakeRoute): void
  /** Makes `code` a valid wx.login code (single use, as WeChat's are) for `openid`. */
  addCode(code: string, openid: string): void
  /** Whether `token` is an access token this fake issued and still honours. */
  validToken(token: string | null): boolean
  /** Stops honouring every issued access token (WeChat's 40001 on the next call with one). */
  revokeTokens(): void
  /** msg_sec_check's verdict for a text that contains the word (checked in order); 'pass' for any other. */
  textVerdicts: Map<string, 'review' | 'risky'>
  /** The trace_ids media_check_async gave, in order, with the media_url each was asked about. */
  mediaChecks: { traceId: string; mediaUrl: string }[]
  /**
   * POSTs WeChat's wxa_media_check push for `traceId` to `serverBase` + path, signed with `pushToken` (or a wrong
   * signature when `forge`); the server's reply.
   */
  pushMediaResult(
    serverBase: string,
    push: { traceId: string; suggest: 'pass' | 'review' | 'risky'; pushToken: string; forge?: boolean },
  ): Promise<{ status: number; text: string }>
  /** Messages subscribeMessage.send accepted, in order. */
  sentMessages: SentMessage[]
  /** openids whose sends are answered 43101 (the user has no subscription left). */
  refuseMessagesTo: Set<string>
  /** Fails the next `count` sends: errcode -1 (系统繁忙) or an HTTP 500. */
  failNextMessages(count: number, how?: 'busy' | 'http-500'): void
  close(): Promise<void>
}

export interface SentMessage {
  touser: string
  template_id: string
  page?: string
  data: Record<string, { value: string }>
}

const err = (errcode: number, errmsg: string): FakeReply => ({ body: { errcode, errmsg } })

export async function startFakeWechat(): Promise<FakeWechat> {
  const codes = new Map<string, { openid: string; used: boolean }>()
  let tokens = new Set<string>()

  const fake: FakeWechat = {
    base: '',
    appId: FAKE_APPID,
    secret: FAKE_SECRET,
    calls: [],
    tokenCalls: 0,
    tokenDelayMs: 0,
    tokenExpiresIn: 7200,
    down: false,
    routes: new Map(),
    route(method, path, handler) {
      fake.routes.set(`${method} ${path}`, handler)
    },
    addCode(code, openid) {
      codes.set(code, { openid, used: false })
    },
    validToken: (token) => token !== null && tokens.has(token),
    revokeTokens() {
      tokens = new Set()
    },
    textVerdicts: new Map(),
    mediaChecks: [],
    async pushMediaResult(serverBase, { traceId, suggest, pushToken, forge = false }) {
      const timestamp = String(Math.floor(Date.now() / 1000))
      const nonce = String(Math.floor(Math.random() * 1e9))
      const signature = forge
        ? crypto.createHash('sha1').update(`wrong${timestamp}${nonce}`).digest('hex')
        : crypto.createHash('sha1').update([pushToken, timestamp, nonce].sort().join('')).digest('hex')
      const push = {
        ToUserName: 'gh_fake0000000',
        FromUserName: 'oFakePlatform',
        CreateTime: Number(timestamp),
        MsgType: 'event',
        Event: 'wxa_media_check',
        appid: FAKE_APPID,
        trace_id: traceId,
        version: 2,
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label: 100, prob: 90 }],
        errcode: 0,
        errmsg: 'ok',
        result: { suggest, label: 100 },
      }
      const query = new URLSearchParams({ signature, timestamp, nonce })
      const res = await fetch(`${serverBase}/api/wechat/push?${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(push),
      })
      return { status: res.status, text: await res.text() }
    },
    sentMessages: [],
    refuseMessagesTo: new Set(),
    failNextMessages(count, how = 'busy') {
      messageFailures = { count, how }
    },
    close: async () => undefined,
  }
  let messageFailures: { count: number; how: 'busy' | 'http-500' } = { count: 0, how: 'busy' }

  /** An API that takes ?access_token=: 40001 for a token this fake did not issue, else the handler's answer. */
  const withToken =
    (handler: FakeRoute): FakeRoute =>
    (req) =>
      fake.validToken(req.query.get('access_token'))
        ? handler(req)
        : err(40001, 'invalid credential, access_token is invalid or not latest')

  fake.route('GET', '/sns/jscode2session', ({ query }) => {
    if (query.get('appid') !== FAKE_APPID) return err(40013, 'invalid appid')
    if (query.get('secret') !== FAKE_SECRET) return err(40125, 'invalid appsecret')
    if (query.get('grant_type') !== 'authorization_code') return err(40002, 'invalid grant_type')
    const known = codes.get(query.get('js_code') ?? '')
    if (!known) return err(40029, 'invalid code')
    if (known.used) return err(40163, 'code been used')
    known.used = true
    return { body: { openid: known.openid, session_key: `session-key-of-${known.openid}` } }
  })

  fake.route('POST', '/cgi-bin/stable_token', async ({ body }) => {
    fake.tokenCalls++
    const number = fake.tokenCalls
    if (fake.tokenDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.tokenDelayMs))
    const { grant_type: grant, appid, secret } = (body ?? {}) as Record<string, unknown>
    if (grant !== 'client_credential') return err(40002, 'invalid grant_type')
    if (appid !== FAKE_APPID) return err(40013, 'invalid appid')
    if (secret !== FAKE_SECRET) return err(40125, 'invalid appsecret')
    const token = `fake-access-token-${number}`
    tokens.add(token)
    return { body: { access_token: token, expires_in: fake.tokenExpiresIn } }
  })

  let textTraces = 0
  fake.route(
    'POST',
    '/wxa/msg_sec_check',
    withToken(({ body }) => {
      const { content, version, scene, openid } = (body ?? {}) as Record<string, unknown>
      if (
        typeof content !== 'string' ||
        version !== 2 ||
        (openid !== undefined && typeof openid !== 'string') ||
        (scene !== undefined && ![1, 2, 3, 4].includes(scene as number))
      )
        return err(47001, 'data format error')
      const hit = [...fake.textVerdicts].find(([word]) => content.includes(word))
      const suggest = hit ? hit[1] : 'pass'
      return {
        body: {
          errcode: 0,
          errmsg: 'ok',
          result: { suggest, label: suggest === 'pass' ? 100 : 20001 },
          detail: [{ strategy: 'content_model', errcode: 0, suggest, label: suggest === 'pass' ? 100 : 20001 }],
          trace_id: `fake-text-trace-${++textTraces}`,
        },
      }
    }),
  )
  let traces = 0
  fake.route(
    'POST',
    '/wxa/media_check_async',
    withToken(({ body }) => {
      const { media_url: mediaUrl, media_type: type, version, openid } = (body ?? {}) as Record<string, unknown>
      if (typeof mediaUrl !== 'string' || type !== 2 || version !== 2 || typeof openid !== 'string')
        return err(47001, 'data format error')
      const traceId = `fake-media-trace-${++traces}`
      fake.mediaChecks.push({ traceId, mediaUrl })
      return { body: { errcode: 0, errmsg: 'ok', trace_id: traceId } }
    }),
  )
  fake.route(
    'POST',
    '/cgi-bin/message/subscribe/send',
    withToken(({ body }) => {
      const message = (body ?? {}) as Partial<SentMessage>
      if (typeof message.touser !== 'string' || typeof message.template_id !== 'string' || !message.data)
        return err(47003, 'argument invalid!')
      if (messageFailures.count > 0) {
        messageFailures.count--
        return messageFailures.how === 'busy' ? err(-1, 'system error') : { status: 500, body: 'Internal Server Error' }
      }
      if (fake.refuseMessagesTo.has(message.touser)) return err(43101, 'user refuse to accept the msg')
      fake.sentMessages.push(message as SentMessage)
      return { body: { errcode: 0, errmsg: 'ok' } }
    }),
  )

  const server = http.createServer((req, res) => {
    if (fake.down) {
      req.socket.destroy()
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      const request: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body }
      fake.calls.push(request)
      const handler = fake.routes.get(`${request.method} ${request.path}`)
      // WeChat answers an unknown API with HTTP 200 and an errcode, JSON in a text/plain body.
      Promise.resolve(handler ? handler(request) : err(40066, 'invalid url'))
        .then((reply) => {
          if (fake.down) return void req.socket.destroy()
          res.writeHead(reply.status ?? 200, { 'Content-Type': 'text/plain' })
          res.end(JSON.stringify(reply.body))
        })
        .catch(() => {
          res.writeHead(500)
          res.end()
        })
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  fake.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return fake
}

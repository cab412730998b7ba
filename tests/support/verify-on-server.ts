// Verified values put in through the real API (tests/support/fake-api.ts), as 月湾湖社区's worker 李红 publishes them
// from the desk: at a given moment (the server's clock and this device's fake clock both set to it), then both clocks
// back to `now`. What the app then shows, it fetched from the server like any resident. Needs jest's fake timers.
import type { VerifyBodyInput } from '@/domain/verified-facts'
import { publishVerifiedFact } from '@/services/community/verify-api'
import { signOutWorker } from '@/services/community/session'
import type { FakeApi } from './fake-api'

/** Example values for tests only (not a real office, number or place). */
export const EXAMPLE_PLACE = '示例路 1 号（测试）'
export const EXAMPLE_PHONE = '0395-0000000'
export const EXAMPLE_NOTICE = '示例公告（测试）'

/** 李红 verifies `bodies` at `at`; the clocks are then `now`; the calls it took are not left in `api.calls`. */
export async function verifyOnServer(api: FakeApi, at: Date, now: Date, ...bodies: VerifyBodyInput[]): Promise<void> {
  const before = api.calls.length
  jest.setSystemTime(at)
  await api.setClock(at)
  await api.signInWorker()
  for (const body of bodies) await publishVerifiedFact(body)
  signOutWorker()
  jest.setSystemTime(now)
  await api.setClock(now)
  api.calls.splice(before)
}

/**
 * Call at the top of a test file: before each test this device's clock (Date only, still advancing — the real server
 * answers over loopback, which needs real timers and ticks) and the server's are set to `now`; after it, real timers.
 */
export function clocksAt(api: FakeApi, now: Date): void {
  beforeEach(async () => {
    localStorage.clear()
    jest.useFakeTimers({
      now,
      advanceTimers: true,
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout'],
    })
    await api.setClock(now)
  })
  afterEach(() => {
    jest.useRealTimers()
    jest.restoreAllMocks()
  })
}

// index.html starts the app's scripts only after the first screen has painted, in order; one that cannot be fetched
// shows the bar 页面没能打开 · 重试 instead of leaving the copy with nothing behind it.
import { loadAppAfterFirstPaint } from '../../scripts/first-screen/app-loader'

const config = { sources: ['/js/runtime.js', '/js/app.js'], failedBarId: 'load-failed' }
const added = () => [...document.head.querySelectorAll('script')]

beforeEach(() => {
  jest.useFakeTimers()
  document.head.innerHTML = ''
  document.body.innerHTML = '<div id="load-failed" hidden><button>重试</button></div>'
})
afterEach(() => jest.useRealTimers())

test('no script is fetched before the first frame has painted; then all of them, in order, run in order', () => {
  const frames: FrameRequestCallback[] = []
  jest.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb))
  loadAppAfterFirstPaint(config)
  expect(added()).toEqual([])
  frames.forEach((frame) => frame(0))
  expect(added()).toEqual([])
  jest.advanceTimersByTime(0)
  expect(added().map((s) => s.getAttribute('src'))).toEqual(config.sources)
  expect(added().every((s) => s.async === false)).toBe(true)
  jest.advanceTimersByTime(1000)
  expect(added()).toHaveLength(2)
})

test('a page opened in the background, with no frames, starts them anyway', () => {
  jest.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
  loadAppAfterFirstPaint(config)
  jest.advanceTimersByTime(250)
  expect(added()).toHaveLength(2)
})

test('a script that fails shows 页面没能打开 · 重试', () => {
  jest.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
  loadAppAfterFirstPaint(config)
  jest.advanceTimersByTime(250)
  const bar = document.getElementById('load-failed')!
  expect(bar.hidden).toBe(true)
  added()[1].dispatchEvent(new Event('error'))
  expect(bar.hidden).toBe(false)
  expect(typeof bar.onclick).toBe('function')
})

// A resident taps 读给我听 on an article, a guide, a park or a notice and hears the page read in Chinese (the browser's
// speechSynthesis, faked here), sentence by sentence; 暂停 / 继续 / 停止 do what they say, leaving or hiding the page
// stops the voice, a speech error ends back at 读给我听 with a toast, and a browser without speech shows no button.
import Taro from '@tarojs/taro'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import ArticlePage from '@/packages/news/detail/index'
import GuidePage from '@/packages/services/guide/index'
import ParkPage from '@/packages/parks/detail/index'
import NoticePage from '@/packages/community/notice/index'
import news from '@/content/news.json'
import guides from '@/content/guides.json'
import parks from '@/content/parks.json'
import { ARTICLE_PAGE, GUIDE_PAGE, PARK_PAGE } from '@/domain/routes'
import { CHUNK_MAX } from '@/domain/read-aloud-text'
import { callPageHook } from '../support/page-hooks'
import { openPageAt } from '../support/route'

const article = news.find((a) => a.id === '2021-big-data')!
const guide = guides.find((g) => g.id === 'gov-online-services')!
const park = parks.find((p) => p.id === 'huaxi-wetland-park')!
const NOTICE = {
  id: 'n-water',
  category: '通知',
  title: '周三停水',
  body: '周三 9:00–12:00 停水。\n请提前储水。',
  audience: '全体居民',
  pinned: false,
  publishAt: '2026-05-08T01:00:00.000Z',
  expireAt: null,
  state: 'published',
  editedAt: null,
}

const openArticle = () => openPageAt(ArticlePage, `/${ARTICLE_PAGE}`, { id: article.id })

/** An utterance as the page hands it to the browser. */
class FakeUtterance {
  lang = ''
  onend: (() => void) | null = null
  onerror: ((event: { error: string }) => void) | null = null
  constructor(public text: string) {}
}

interface FakeSynth {
  speak: jest.Mock
  pause: jest.Mock
  resume: jest.Mock
  cancel: jest.Mock
  paused: boolean
}

let synth: FakeSynth
/** Every utterance spoken, in order. */
let spoken: FakeUtterance[]

function installSpeech(): void {
  spoken = []
  synth = {
    speak: jest.fn((u: FakeUtterance) => spoken.push(u)),
    pause: jest.fn(),
    resume: jest.fn(),
    cancel: jest.fn(),
    paused: false,
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true })
}

function removeSpeech(): void {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis
  delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance
}

const last = () => spoken[spoken.length - 1]

/** The browser finishes the sentence it is reading. */
function finishSentence(): void {
  act(() => last().onend?.())
}

/** The browser reads on to the end; returns everything it said. */
function readToTheEnd(): string {
  for (let guard = 0; guard < 500; guard++) {
    const count = spoken.length
    finishSentence()
    if (spoken.length === count) return spoken.map((u) => u.text).join('')
  }
  throw new Error('never stopped speaking')
}

const squash = (s: string) => s.replace(/\s+/g, '')
const tap = (label: string) => fireEvent.click(screen.getByText(label))
const button = (label: string) => screen.queryByText(label)

beforeEach(() => {
  localStorage.clear()
  // No network: the verified facts cannot be fetched (guides and parks show their bundled fields).
  jest.spyOn(Taro, 'request').mockRejectedValue({ errMsg: 'request:fail' })
})

afterEach(() => {
  cleanup()
  removeSpeech()
})

describe('in a browser without speech', () => {
  it('shows no 读给我听 on an article, and the article itself still shows', async () => {
    removeSpeech()
    await openArticle()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(article.title)
    expect(button('读给我听')).toBeNull()
  })
})

describe('读给我听 on an article', () => {
  beforeEach(async () => {
    installSpeech()
    await openArticle()
  })

  it('reads the title and then every paragraph, in Chinese, a sentence at a time, and ends back at 读给我听', () => {
    tap('读给我听')
    expect(synth.speak).toHaveBeenCalledTimes(1)
    expect(last().text.startsWith(article.title)).toBe(true)
    const said = squash(readToTheEnd())
    expect(spoken.length).toBeGreaterThan(article.body.length)
    for (const u of spoken) {
      expect(u.lang).toBe('zh-CN')
      expect(u.text.length).toBeLessThanOrEqual(CHUNK_MAX)
    }
    expect(said).toBe(squash([`${article.title}。`, ...article.body].join('')))
    expect(button('读给我听')).not.toBeNull()
    expect(button('停止')).toBeNull()
  })

  it('暂停 pauses the voice and offers 继续, which resumes it', () => {
    tap('读给我听')
    expect(button('读给我听')).toBeNull()
    tap('暂停')
    expect(synth.pause).toHaveBeenCalledTimes(1)
    expect(button('暂停')).toBeNull()
    expect(button('继续')).not.toBeNull()
    expect(synth.resume).not.toHaveBeenCalled()
    tap('继续')
    expect(synth.resume).toHaveBeenCalledTimes(1)
    expect(button('暂停')).not.toBeNull()
    // It goes on from where it was, not from the start.
    const before = spoken.length
    finishSentence()
    expect(spoken.length).toBe(before + 1)
    expect(last().text.startsWith(article.title)).toBe(false)
  })

  it('停止 silences it and returns to 读给我听; the sentence that was cut off does not start the next one', () => {
    tap('读给我听')
    tap('停止')
    expect(synth.cancel).toHaveBeenCalled()
    expect(button('读给我听')).not.toBeNull()
    expect(button('暂停')).toBeNull()
    const count = spoken.length
    finishSentence()
    expect(spoken.length).toBe(count)
  })

  it('停止 while paused also returns to 读给我听, and 读给我听 starts again from the title', () => {
    tap('读给我听')
    finishSentence()
    tap('暂停')
    tap('停止')
    expect(button('继续')).toBeNull()
    tap('读给我听')
    expect(last().text.startsWith(article.title)).toBe(true)
  })

  it('stops speaking when the resident leaves the page', () => {
    tap('读给我听')
    synth.cancel.mockClear()
    cleanup()
    expect(synth.cancel).toHaveBeenCalled()
  })

  it('stops speaking when the page is hidden (another page or app in front)', () => {
    tap('读给我听')
    synth.cancel.mockClear()
    act(() => {
      callPageHook('componentDidHide')
    })
    expect(synth.cancel).toHaveBeenCalled()
    expect(button('读给我听')).not.toBeNull()
  })

  it('on a speech error says so briefly and is back at 读给我听, not stuck at 暂停', () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    tap('读给我听')
    finishSentence()
    act(() => last().onerror?.({ error: 'synthesis-failed' }))
    expect(toast).toHaveBeenCalledWith({ title: '朗读没能继续，请稍后再试', icon: 'none' })
    expect(button('读给我听')).not.toBeNull()
    expect(button('暂停')).toBeNull()
    expect(button('停止')).toBeNull()
  })
})

describe('读给我听 on the other pages', () => {
  beforeEach(installSpeech)

  it('a guide: its name, what it is, and its rows with their labels, 待核实 where the sources say nothing', async () => {
    await openPageAt(GuidePage, `/${GUIDE_PAGE}`, { id: guide.id })
    tap('读给我听')
    const said = readToTheEnd()
    expect(said.startsWith(`${guide.name}。`)).toBe(true)
    expect(squash(said)).toContain(squash(guide.what))
    expect(said).toContain('办理地点：待核实')
    expect(said).toContain('咨询电话：')
  })

  it('a park: its name and summary, hours 以现场公示为准, this season and its facilities', async () => {
    await openPageAt(ParkPage, `/${PARK_PAGE}`, { id: park.id })
    tap('读给我听')
    const said = readToTheEnd()
    expect(said.startsWith(`${park.name}。`)).toBe(true)
    expect(squash(said)).toContain(squash(park.summary))
    expect(said).toContain('以现场公示为准')
    expect(said).toContain('这个季节')
    expect(said).toContain('卫生间：待核实')
  })

  it('a notice: its title and body', async () => {
    jest.spyOn(Taro, 'request').mockResolvedValue({
      statusCode: 200,
      data: { notice: NOTICE },
      header: {},
      errMsg: 'request:ok',
    } as never)
    await openPageAt(NoticePage, '/packages/community/notice/index', { id: NOTICE.id })
    tap('读给我听')
    expect(readToTheEnd()).toBe('周三停水。周三 9:00–12:00 停水。请提前储水。')
  })
})

// 读给我听 in the mini-program: only with the 同声传译 plugin configured (WECHAT_SI_PLUGIN_VERSION, which also declares it
// in app.json); then each chunk becomes audio through the plugin's textToSpeech and plays in order, and a failure
// reports an error instead of leaving the control waiting.
import Taro from '@tarojs/taro'
import { createSpeaker, speechAvailable } from '@/services/speech.weapp'
import { wechatSiPluginVersion } from '../../config/wechat-si'

const g = globalThis as unknown as { WECHAT_SI_PLUGIN_VERSION: string }

interface FakeAudio {
  src: string
  play: jest.Mock
  pause: jest.Mock
  destroy: jest.Mock
  ended: () => void
  failed: () => void
}

let audios: FakeAudio[]
let asked: { content: string; answer: (ok: boolean) => void }[]

beforeEach(() => {
  audios = []
  asked = []
  jest.spyOn(Taro, 'setInnerAudioOption').mockResolvedValue({ errMsg: 'setInnerAudioOption:ok' })
  Object.assign(Taro, {
    requirePlugin: jest.fn(() => ({
      textToSpeech: (o: { content: string; success: (r: object) => void; fail: () => void }) =>
        asked.push({
          content: o.content,
          answer: (ok) => (ok ? o.success({ retcode: 0, filename: `https://tts/${o.content}.mp3` }) : o.fail()),
        }),
    })),
  })
  jest.spyOn(Taro, 'createInnerAudioContext').mockImplementation(() => {
    const audio = { src: '', play: jest.fn(), pause: jest.fn(), destroy: jest.fn() } as unknown as FakeAudio
    Object.assign(audio, {
      onEnded: (f: () => void) => (audio.ended = f),
      onError: (f: () => void) => (audio.failed = f),
    })
    audios.push(audio)
    return audio as unknown as Taro.InnerAudioContext
  })
})

afterEach(() => {
  g.WECHAT_SI_PLUGIN_VERSION = ''
})

describe('whether the mini-program can read aloud', () => {
  it('not without the plugin, yes once the build names its version', () => {
    expect(speechAvailable()).toBe(false)
    g.WECHAT_SI_PLUGIN_VERSION = '0.3.6'
    expect(speechAvailable()).toBe(true)
  })

  it('the build names the version only for weapp, from WECHAT_SI_PLUGIN_VERSION', () => {
    expect(wechatSiPluginVersion({ TARO_ENV: 'weapp', WECHAT_SI_PLUGIN_VERSION: ' 0.3.6 ' } as never)).toBe('0.3.6')
    expect(wechatSiPluginVersion({ TARO_ENV: 'weapp' } as never)).toBe('')
    expect(wechatSiPluginVersion({ TARO_ENV: 'h5', WECHAT_SI_PLUGIN_VERSION: '0.3.6' } as never)).toBe('')
  })
})

describe('reading with the 同声传译 plugin', () => {
  it('turns each chunk into audio and plays them one after another, then ends', () => {
    const onEnd = jest.fn()
    createSpeaker().speak(['第一句。', '第二句。'], { onEnd, onError: jest.fn() })
    expect(asked.map((a) => a.content)).toEqual(['第一句。'])
    asked[0].answer(true)
    expect(audios[0].src).toBe('https://tts/第一句。.mp3')
    expect(audios[0].play).toHaveBeenCalled()
    audios[0].ended()
    expect(asked.map((a) => a.content)).toEqual(['第一句。', '第二句。'])
    asked[1].answer(true)
    expect(audios[0].destroy).toHaveBeenCalled()
    expect(onEnd).not.toHaveBeenCalled()
    audios[1].ended()
    expect(onEnd).toHaveBeenCalledTimes(1)
  })

  it('paused while the audio is being made, it does not start until resumed', () => {
    const speaker = createSpeaker()
    speaker.speak(['第一句。'], { onEnd: jest.fn(), onError: jest.fn() })
    speaker.pause()
    asked[0].answer(true)
    expect(audios[0].play).not.toHaveBeenCalled()
    speaker.resume()
    expect(audios[0].play).toHaveBeenCalledTimes(1)
  })

  it('stopped, a late answer plays nothing', () => {
    const speaker = createSpeaker()
    speaker.speak(['第一句。'], { onEnd: jest.fn(), onError: jest.fn() })
    speaker.stop()
    asked[0].answer(true)
    expect(audios).toHaveLength(0)
  })

  it('reports an error when the plugin fails or the audio cannot play', () => {
    const onError = jest.fn()
    createSpeaker().speak(['第一句。', '第二句。'], { onEnd: jest.fn(), onError })
    asked[0].answer(false)
    expect(onError).toHaveBeenCalledTimes(1)

    const again = jest.fn()
    createSpeaker().speak(['第一句。'], { onEnd: jest.fn(), onError: again })
    asked[1].answer(true)
    audios[0].failed()
    expect(again).toHaveBeenCalledTimes(1)
  })
})

// Mini-program: read aloud with WeChat's 同声传译 plugin (textToSpeech → an audio file played by an InnerAudioContext),
// chunk by chunk; only when the build configured the plugin (WECHAT_SI_PLUGIN_VERSION), else 读给我听 is not shown.
import Taro from '@tarojs/taro'
import type { Speaker, SpeechCallbacks } from './speech'

interface WechatSI {
  textToSpeech(options: {
    lang: 'zh_CN'
    tts: true
    content: string
    success: (res: { retcode: number; filename?: string }) => void
    fail: () => void
  }): void
}

export function speechAvailable(): boolean {
  return WECHAT_SI_PLUGIN_VERSION !== ''
}

export function createSpeaker(): Speaker {
  // Each speak() is a new run; answers and events of an earlier (stopped) run are ignored.
  let run = 0
  let paused = false
  let audio: Taro.InnerAudioContext | null = null
  const stop = () => {
    run += 1
    paused = false
    audio?.destroy()
    audio = null
  }
  return {
    speak(chunks: readonly string[], { onEnd, onError }: SpeechCallbacks) {
      stop()
      // Read even with the iPhone's silent switch on: the resident asked for it.
      Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined)
      const mine = run
      const fail = () => {
        if (mine !== run) return
        stop()
        onError()
      }
      const play = (i: number, src: string) => {
        audio?.destroy()
        audio = Taro.createInnerAudioContext()
        audio.onEnded(() => next(i + 1))
        audio.onError(fail)
        audio.src = src
        if (!paused) audio.play()
      }
      const next = (i: number) => {
        if (mine !== run) return
        if (i >= chunks.length) {
          stop()
          onEnd()
          return
        }
        try {
          const plugin = Taro.requirePlugin('WechatSI') as WechatSI
          plugin.textToSpeech({
            lang: 'zh_CN',
            tts: true,
            content: chunks[i],
            success: (res) => {
              if (mine !== run) return
              if (res.retcode === 0 && res.filename) play(i, res.filename)
              else fail()
            },
            fail,
          })
        } catch {
          fail()
        }
      }
      next(0)
    },
    pause() {
      paused = true
      audio?.pause()
    },
    resume() {
      paused = false
      audio?.play()
    },
    stop,
  }
}

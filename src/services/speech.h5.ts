// H5: read aloud with the Web Speech API (speechSynthesis, zh-CN), one utterance per chunk, the next when one ends.
import type { Speaker, SpeechCallbacks } from './speech'

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && !!window.speechSynthesis && typeof SpeechSynthesisUtterance === 'function'
}

export function createSpeaker(): Speaker {
  // Each speak() is a new run; events of an earlier (stopped) run are ignored.
  let run = 0
  const synth = () => window.speechSynthesis
  const stop = () => {
    run += 1
    synth().cancel()
    // Chrome keeps a paused synthesizer paused after cancel(), and would never read the next text.
    if (synth().paused) synth().resume()
  }
  return {
    speak(chunks: readonly string[], { onEnd, onError }: SpeechCallbacks) {
      stop()
      const mine = run
      const next = (i: number) => {
        if (mine !== run) return
        if (i >= chunks.length) {
          onEnd()
          return
        }
        const utterance = new SpeechSynthesisUtterance(chunks[i])
        utterance.lang = 'zh-CN'
        utterance.onend = () => next(i + 1)
        utterance.onerror = () => {
          if (mine !== run) return
          stop()
          onError()
        }
        synth().speak(utterance)
      }
      next(0)
    },
    pause: () => synth().pause(),
    resume: () => synth().resume(),
    stop,
  }
}

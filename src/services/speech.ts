// Reading text aloud: speech.h5.ts uses the browser's Web Speech API, speech.weapp.ts WeChat's 同声传译 plugin
// (only when the build configured it); Taro picks the file for the build, and this one only declares what both export.

export interface SpeechCallbacks {
  /** The last chunk has been read. */
  onEnd: () => void
  /** Speech failed (not a stop asked for): the caller is back at the start. */
  onError: () => void
}

export interface Speaker {
  /** Reads the chunks in order, one after another; stops whatever this speaker was reading before. */
  speak(chunks: readonly string[], callbacks: SpeechCallbacks): void
  pause(): void
  resume(): void
  /** Stops reading; no callback follows. */
  stop(): void
}

/** True when this platform can read aloud (else 读给我听 is not shown). */
export declare function speechAvailable(): boolean

export declare function createSpeaker(): Speaker

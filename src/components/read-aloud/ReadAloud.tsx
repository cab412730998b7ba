// 读给我听: reads the page's text aloud where the platform can (services/speech), with 暂停 / 继续 / 停止; not shown
// where it cannot. Stops when the page is left or hidden; a speech error ends back at 读给我听 with a toast.
import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useDidHide } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { speechChunks } from '@/domain/read-aloud-text'
import { createSpeaker, speechAvailable } from '@/services/speech'
import './read-aloud.scss'

type ReadState = 'idle' | 'speaking' | 'paused'

/** The first button's label in each state: one button that changes, so focus stays on it. */
const TOGGLE: Record<ReadState, string> = { idle: '读给我听', speaking: '暂停', paused: '继续' }

export function ReadAloud({ text }: { text: string }) {
  const [speaker] = useState(() => (speechAvailable() ? createSpeaker() : null))
  const [state, setState] = useState<ReadState>('idle')
  const stop = useCallback(() => {
    speaker?.stop()
    setState('idle')
  }, [speaker])
  // Leaving the page, or another text (the same page opened for another item), stops the reading.
  useEffect(() => stop, [stop, text])
  useDidHide(stop)
  if (!speaker || !text) return null

  const toggle = () => {
    if (state === 'speaking') {
      speaker.pause()
      setState('paused')
    } else if (state === 'paused') {
      speaker.resume()
      setState('speaking')
    } else {
      setState('speaking')
      speaker.speak(speechChunks(text), {
        onEnd: () => setState('idle'),
        onError: () => {
          setState('idle')
          Taro.showToast({ title: '朗读没能继续，请稍后再试', icon: 'none' })
        },
      })
    }
  }
  return (
    <View className='read-aloud'>
      <Button type='primary' fill={state === 'idle' ? 'outline' : 'solid'} onClick={toggle}>
        {TOGGLE[state]}
      </Button>
      {state !== 'idle' ? (
        <Button fill='outline' onClick={stop}>
          停止
        </Button>
      ) : null}
    </View>
  )
}

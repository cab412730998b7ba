// One 订阅消息 button (进度通知我 on a report, 订阅新通知 on the notice list): hidden until the server names a template;
// only its tap asks WeChat (requestSubscribeMessage), then the accepted ids go to the server. A refusal or a failure
// says so kindly and leaves everything else as it was. On the web (no WeChat push) WebOnlyHint says where news shows.
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MessageTemplate } from '@/domain/subscription-messages'
import { messageOf } from '@/services/api-client'
import { messageTemplates } from '@/services/community/message-subscriptions'
import { askToSubscribe, canSubscribe } from '@/services/community/subscribe-prompt'
import './subscribe-button.scss'

interface SubscribeButtonProps {
  template: MessageTemplate
  label: string
  /** Tells the server which ids were accepted. */
  send: (templateIds: string[]) => Promise<unknown>
  /** Said after the server took the subscription. */
  done: string
  /** Where the resident still sees news when they say no. */
  elsewhere: string
}

type Step = { kind: 'idle' } | { kind: 'asking' } | { kind: 'said'; text: string; ok: boolean }

export function SubscribeButton({ template, label, send, done, elsewhere }: SubscribeButtonProps) {
  const [templateId, setTemplateId] = useState<string | null>(null)
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  useEffect(() => {
    if (!canSubscribe) return
    let live = true
    void messageTemplates().then((ids) => live && setTemplateId(ids[template]))
    return () => {
      live = false
    }
  }, [template])

  if (!canSubscribe || !templateId) return null

  const tap = async () => {
    setStep({ kind: 'asking' })
    const answer = await askToSubscribe([templateId])
    if (answer.kind === 'refused') {
      setStep({ kind: 'said', ok: false, text: `没有开启微信通知也没关系：${elsewhere}` })
      return
    }
    if (answer.kind === 'failed') {
      setStep({ kind: 'said', ok: false, text: `${answer.message}。${elsewhere}` })
      return
    }
    try {
      await send(answer.templateIds)
      setStep({ kind: 'said', ok: true, text: done })
    } catch (error) {
      setStep({ kind: 'said', ok: false, text: `通知没有开启：${messageOf(error)}。${elsewhere}` })
    }
  }

  return (
    <View className='subscribe'>
      <Button fill='outline' loading={step.kind === 'asking'} onClick={() => void tap()}>
        {label}
      </Button>
      {step.kind === 'said' ? (
        <Text className={step.ok ? 'subscribe__note' : 'subscribe__hint'} {...{ role: 'status' }}>
          {step.text}
        </Text>
      ) : null}
    </View>
  )
}

/** On the web only: where news shows, since WeChat cannot push there. */
export function WebOnlyHint({ text }: { text: string }) {
  return canSubscribe ? null : <Text className='subscribe__hint'>{text}</Text>
}

// 工作人员登录: the worker code, its message under it; a server with no worker accounts says so in plain words.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import { NO_WORKER_ACCOUNTS } from '@/domain/api-contract'
import { ApiRequestError, messageOf } from '@/services/api-client'
import { signInWorker, type StoredSession } from '@/services/community/session'

export const NO_ACCOUNTS_MESSAGE =
  '工作人员登录还没有开通：服务器上还没有任何工作人员账号。请联系社区或系统管理员开通后再登录。'

const signInMessage = (error: unknown): string =>
  error instanceof ApiRequestError && error.code === NO_WORKER_ACCOUNTS ? NO_ACCOUNTS_MESSAGE : messageOf(error)

export function SignIn({ onSignedIn }: { onSignedIn: (s: StoredSession) => void }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (!code.trim()) return setError('请输入工作人员码')
    setBusy(true)
    try {
      onSignedIn(await signInWorker(code))
    } catch (e) {
      setError(signInMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='desk__card'>
      <Text className='desk__heading' {...headingProps(2)}>
        工作人员登录
      </Text>
      <Text className='desk__hint'>请输入社区发给您的工作人员码。居民无需登录。</Text>
      <Input
        className='desk__input'
        value={code}
        type='password'
        placeholder='工作人员码'
        aria-label='工作人员码'
        onChange={(v) => {
          setCode(v)
          setError('')
        }}
      />
      <FieldMessage id='desk-code-error' message={error} />
      <Button type='primary' block loading={busy} onClick={submit}>
        登录
      </Button>
    </View>
  )
}

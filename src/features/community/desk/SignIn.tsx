// 工作人员登录: in H5 首次登录 (the admin's invite code + a new passphrase) or 登录 (account + passphrase); in the
// mini-program 首次登录 (invite code, binds this WeChat) or 微信登录. Each field's error under it; a server with no
// worker accounts, and a session the server ended, are said in plain words.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import { MIN_PASSPHRASE_LENGTH, NO_WORKER_ACCOUNTS } from '@/domain/api-contract'
import { ApiRequestError, messageOf } from '@/services/api-client'
import { signInWorker, type StoredSession, type WorkerProof } from '@/services/community/session'
import { wechatLoginCode, workerSignInKind } from '@/services/community/session-identity'
import { ComposeField } from './ComposeField'

export const NO_ACCOUNTS_MESSAGE =
  '工作人员登录还没有开通：服务器上还没有任何工作人员账号。请联系系统管理员为您建立账号，拿到邀请码后再来首次登录。'

type Mode = 'first' | 'again'
type Field = 'invite' | 'login' | 'passphrase' | 'form'
type Errors = Partial<Record<Field, string>>

const wechat = workerSignInKind === 'wechat'
const MODES = [
  // Short enough for one chip in 长辈版: the hint under the chips says a passphrase is set too.
  { value: 'first' as const, label: '首次登录（邀请码）' },
  { value: 'again' as const, label: wechat ? '微信登录' : '登录（账号 + 口令）' },
]

/** A refusal as messages under the fields it names (the rest under the button). */
function errorsOf(error: unknown): Errors {
  if (error instanceof ApiRequestError && error.code === NO_WORKER_ACCOUNTS) return { form: NO_ACCOUNTS_MESSAGE }
  const fields = error instanceof ApiRequestError ? error.fields : {}
  const known = (['invite', 'login', 'passphrase'] as const).filter((f) => fields[f])
  if (known.length === 0) return { form: messageOf(error) }
  return Object.fromEntries(known.map((f) => [f, fields[f]]))
}

/** What is missing before anything is sent; null when the form can go. */
function missing(mode: Mode, invite: string, login: string, passphrase: string): Errors | null {
  if (mode === 'first' && !invite.trim()) return { invite: '请输入管理员给您的邀请码' }
  if (wechat) return null
  if (mode === 'again' && !login.trim()) return { login: '请输入账号' }
  if (mode === 'again' && !passphrase) return { passphrase: '请输入口令' }
  if (mode === 'first' && passphrase.length < MIN_PASSPHRASE_LENGTH)
    return { passphrase: `口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符` }
  return null
}

async function proofFor(mode: Mode, invite: string, login: string, passphrase: string): Promise<WorkerProof> {
  if (wechat)
    return mode === 'first' ? { invite, wxCode: await wechatLoginCode() } : { wxCode: await wechatLoginCode() }
  return mode === 'first' ? { invite, passphrase } : { login, passphrase }
}

interface SignInProps {
  onSignedIn: (s: StoredSession) => void
  /** Why the worker is seeing this again (the server ended their session), if so. */
  notice?: string
}

export function SignIn({ onSignedIn, notice }: SignInProps) {
  const [mode, setMode] = useState<Mode>('again')
  const [invite, setInvite] = useState('')
  const [login, setLogin] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const edit = (set: (v: string) => void) => (v: string) => {
    set(v)
    setErrors({})
  }
  const submit = async () => {
    const wrong = missing(mode, invite, login, passphrase)
    if (wrong) return setErrors(wrong)
    setBusy(true)
    try {
      onSignedIn(await signInWorker(await proofFor(mode, invite, login, passphrase)))
    } catch (e) {
      setErrors(errorsOf(e))
    } finally {
      setBusy(false)
    }
  }
  const hint =
    mode === 'first'
      ? wechat
        ? '第一次登录：输入管理员给您的邀请码，这个微信就绑定为您的工作人员账号。'
        : `第一次登录：输入管理员给您的邀请码，并设置您自己的口令（至少 ${MIN_PASSPHRASE_LENGTH} 个字符）。`
      : wechat
        ? '已绑定微信的工作人员，直接用微信登录。'
        : '输入管理员给您的账号（如 wk3m9p2）和您设置的口令。'
  return (
    <View className='desk__card'>
      <Text className='desk__heading' {...headingProps(2)}>
        工作人员登录
      </Text>
      {notice ? (
        <Text className='desk__signed-out' {...{ role: 'alert' }}>
          {notice}
        </Text>
      ) : null}
      <ChoiceChips
        label='登录方式'
        options={MODES}
        isSelected={(m) => m === mode}
        onPick={(m) => (setMode(m), setErrors({}))}
        wrap
      />
      <Text className='desk__hint'>{`${hint}居民无需登录。`}</Text>
      {mode === 'first' ? (
        <ComposeField id='desk-invite' label='邀请码' error={errors.invite}>
          <Input
            className='desk__input'
            value={invite}
            placeholder='如 K7QD-3MZP-W9XA-H2TC'
            aria-label='邀请码'
            onChange={edit(setInvite)}
          />
        </ComposeField>
      ) : null}
      {mode === 'again' && !wechat ? (
        <ComposeField id='desk-login' label='账号' error={errors.login}>
          <Input className='desk__input' value={login} placeholder='账号' aria-label='账号' onChange={edit(setLogin)} />
        </ComposeField>
      ) : null}
      {!wechat ? (
        <ComposeField id='desk-passphrase' label={mode === 'first' ? '设置口令' : '口令'} error={errors.passphrase}>
          <Input
            className='desk__input'
            value={passphrase}
            type='password'
            placeholder={mode === 'first' ? `至少 ${MIN_PASSPHRASE_LENGTH} 个字符` : '口令'}
            aria-label={mode === 'first' ? '设置口令' : '口令'}
            onChange={edit(setPassphrase)}
          />
        </ComposeField>
      ) : null}
      <FieldMessage id='desk-sign-in-error' message={errors.form} />
      <Button className='desk__submit' type='primary' block loading={busy} onClick={submit}>
        {mode === 'first' ? (wechat ? '绑定微信并登录' : '设置口令并登录') : wechat ? '微信登录' : '登录'}
      </Button>
    </View>
  )
}

// The workers' desk: sign in with the worker code; then compose, the outbox (待发送 / 已发布 / 失败（原因）per entry)
// and the worker's notices with pin / withdraw.
import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { headingProps } from '../../../components/a11y/aria-props'
import { statusLabel } from '../../../domain/outbox'
import { NOTICE_STATE_LABELS } from '../../../domain/notice'
import type { NoticeListResponse, NoticeView } from '../../../domain/api-contract'
import { messageOf } from '../../../services/api-client'
import { fetchWorkerNotices, patchNotice } from '../../../services/community-api'
import { queueNotice } from '../../../services/notice-outbox'
import { signInWorker, signOutWorker, workerSession, type StoredSession } from '../../../services/session'
import { useOutbox } from '../hooks/use-outbox'
import { openReports } from '../navigation'
import { NoticeCompose } from './NoticeCompose'
import './worker-desk.scss'

function SignIn({ onSignedIn }: { onSignedIn: (s: StoredSession) => void }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (!code.trim()) return setError('请输入工作人员码')
    setBusy(true)
    try {
      onSignedIn(await signInWorker(code))
    } catch (e) {
      setError(messageOf(e))
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
      {error ? (
        <Text className='desk__error' {...{ role: 'alert' }}>
          {error}
        </Text>
      ) : null}
      <Button type='primary' block loading={busy} onClick={submit}>
        登录
      </Button>
    </View>
  )
}

function OutboxList() {
  const entries = useOutbox()
  if (entries.length === 0) return null
  return (
    <View className='desk__card'>
      <Text className='desk__heading' {...headingProps(2)}>
        发送队列
      </Text>
      {[...entries].reverse().map((e) => (
        <View key={e.key} className='desk__entry'>
          <Text className='desk__entry-title'>{(e.payload as { title?: string }).title ?? '通知'}</Text>
          <Text className={`desk__status desk__status--${e.status}`}>{statusLabel(e)}</Text>
        </View>
      ))}
    </View>
  )
}

function MyNotices({ version }: { version: number }) {
  const [list, setList] = useState<NoticeListResponse | null>(null)
  const [error, setError] = useState('')
  const load = useCallback(() => {
    fetchWorkerNotices().then(
      (l) => {
        setList(l)
        setError('')
      },
      (e: unknown) => setError(messageOf(e)),
    )
  }, [])
  useEffect(load, [load, version])
  const act = async (n: NoticeView, patch: Parameters<typeof patchNotice>[1]) => {
    try {
      await patchNotice(n.id, patch)
      load()
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const all = list ? [...list.current, ...list.unpublished, ...list.past] : []
  return (
    <View className='desk__card'>
      <Text className='desk__heading' {...headingProps(2)}>
        我发布的通知
      </Text>
      {error ? (
        <Text className='desk__error' {...{ role: 'alert' }}>
          {error}
        </Text>
      ) : null}
      <Button size='small' fill='outline' onClick={load}>
        刷新
      </Button>
      {list && all.length === 0 ? <Text className='desk__hint'>暂无通知</Text> : null}
      {all.map((n) => (
        <View key={n.id} className='desk__notice'>
          <Text className='desk__entry-title'>{`${n.pinned ? '【置顶】' : ''}${n.title}`}</Text>
          <Text className='desk__hint'>{`${n.category} · ${NOTICE_STATE_LABELS[n.state]}`}</Text>
          {n.state !== 'withdrawn' ? (
            <View className='desk__notice-actions'>
              <Button size='small' fill='outline' onClick={() => act(n, { pinned: !n.pinned })}>
                {n.pinned ? '取消置顶' : '置顶'}
              </Button>
              <Button size='small' fill='outline' type='danger' onClick={() => act(n, { action: 'withdraw' })}>
                撤回
              </Button>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}

export function WorkerDesk() {
  const [session, setSession] = useState<StoredSession | null>(() => workerSession())
  const entries = useOutbox()
  const sent = entries.filter((e) => e.status === 'sent').length
  if (!session) return <SignIn onSignedIn={setSession} />
  return (
    <View className='desk'>
      <View className='desk__who'>
        <Text>{`已登录：${session.name ?? '社区工作人员'}`}</Text>
        <Button
          size='small'
          fill='outline'
          onClick={() => {
            signOutWorker()
            setSession(null)
          }}
        >
          退出登录
        </Button>
      </View>
      <Button fill='outline' block onClick={openReports}>
        居民报告（小事快办）
      </Button>
      <NoticeCompose onPublish={({ input }) => queueNotice(input)} />
      <OutboxList />
      <MyNotices version={sent} />
    </View>
  )
}

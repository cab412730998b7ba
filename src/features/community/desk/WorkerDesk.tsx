// The workers' desk: sign in (invite, account + passphrase, or WeChat); then who is signed in (退出登录), how many
// residents' reports wait, the notice form (a new notice, or an edit fetched whole when 编辑 is tapped), 发送队列 and
// the worker's notices; 核实信息 lists what the sources leave 待核实. A session the server ends (revoked) brings back the
// sign-in, saying so.
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { draftFromNotice, type ComposeDraft } from '@/domain/notice/compose'
import type { NoticeHistoryEntry } from '@/domain/notice/schema'
import { loadDraft, clearDraft } from '@/services/community/notice-drafts'
import { newChangeKey, noticeOutbox } from '@/services/community/notice-outbox'
import {
  SIGNED_OUT_MESSAGE,
  onWorkerSignedOut,
  signOutWorker,
  workerSession,
  type StoredSession,
} from '@/services/community/session'
import { STORAGE_KEYS } from '@/services/storage'
import { useOutbox } from '@/features/community/forms/use-outbox'
import { VerifySection } from '@/features/community/verify/VerifySection'
import { MyNotices } from './MyNotices'
import { NewReports } from './NewReports'
import { NoticeCompose } from './NoticeCompose'
import { NoticeHistory } from './NoticeHistory'
import { OutboxList } from './OutboxList'
import { SignIn } from './SignIn'
import './worker-desk.scss'

const { noticeDraft: DRAFT_KEY, noticeEditDraft: EDIT_DRAFT_KEY } = STORAGE_KEYS

export function WorkerDesk() {
  const [session, setSession] = useState<StoredSession | null>(() => workerSession())
  // An edit left open (the app closed or crashed mid-edit) comes back as it was.
  const [editing, setEditing] = useState<ComposeDraft | null>(() => loadDraft(EDIT_DRAFT_KEY))
  const [history, setHistory] = useState<NoticeHistoryEntry[]>([])
  const [edits, setEdits] = useState(0)
  const [note, setNote] = useState('')
  const [ended, setEnded] = useState(false)
  const entries = useOutbox(noticeOutbox)
  const sent = entries.filter((e) => e.status === 'sent').length
  useEffect(
    () =>
      onWorkerSignedOut(() => {
        setSession(null)
        setEnded(true)
      }),
    [],
  )
  if (!session) {
    const signedIn = (s: StoredSession) => {
      setEnded(false)
      setSession(s)
    }
    return <SignIn onSignedIn={signedIn} notice={ended ? SIGNED_OUT_MESSAGE : undefined} />
  }
  const closeEdit = (message: string) => {
    setEditing(null)
    setHistory([])
    setNote(message)
    setEdits((v) => v + 1)
  }
  return (
    <View className='desk'>
      <View className='desk__who'>
        <Text>{`已登录：${session.name ?? '社区工作人员'}${session.login ? `（账号 ${session.login}）` : ''}`}</Text>
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
      <NewReports />
      <VerifySection />
      {note ? (
        <Text className='desk__note' {...{ role: 'status' }}>
          {note}
        </Text>
      ) : null}
      {editing ? <NoticeHistory history={history} /> : null}
      {editing ? (
        <NoticeCompose
          key={editing.editing?.key ?? 'edit'}
          draftKey={EDIT_DRAFT_KEY}
          start={editing}
          onDone={closeEdit}
          onCancel={() => {
            clearDraft(EDIT_DRAFT_KEY)
            closeEdit('已放弃修改')
          }}
        />
      ) : (
        <NoticeCompose draftKey={DRAFT_KEY} onDone={setNote} />
      )}
      <OutboxList entries={entries} />
      <MyNotices
        version={sent + edits}
        onEdit={(n) => {
          setNote('')
          setEditing(draftFromNotice(n, newChangeKey()))
          setHistory(n.history ?? [])
        }}
      />
    </View>
  )
}

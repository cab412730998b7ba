// The workers' desk: sign in with the worker code; then compose (or edit a notice, fetched whole when 编辑 is tapped),
// the outbox (待发送 / 已发布 / 失败（原因）per entry) and the worker's notices, unpublished and published, page by page,
// with edit / pin / withdraw.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { statusLabel } from '@/domain/outbox'
import { NOTICE_STATE_LABELS } from '@/domain/notice/labels'
import { checkDraft, draftFromNotice, type ComposeDraft } from '@/domain/notice/compose'
import { formatChinaTime } from '@/domain/china-time'
import type { NoticeSection, NoticeSummary, NoticeView } from '@/domain/notice/api'
import { messageOf } from '@/services/api-client'
import { fetchWorkerNotice, fetchWorkerNoticePage, patchNotice } from '@/services/community-api'
import { STORAGE_WARNING, outboxUnsaved, queueNotice } from '@/services/notice-outbox'
import { DRAFT_KEY, EDIT_DRAFT_KEY, clearDraft, loadDraft, newEditKey, saveNoticeEdit } from '@/services/notice-compose'
import { signInWorker, signOutWorker, workerSession, type StoredSession } from '@/services/session'
import { useOutbox } from './use-outbox'
import { usePagedList, type PagedList } from '@/features/community/paging/use-paged-list'
import { PagedListEnd } from '@/features/community/paging/ListEnd'
import { openReports } from '@/features/community/navigation'
import { NoticeCompose, type SubmitOutcome } from './NoticeCompose'
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
      {outboxUnsaved() ? (
        <Text className='desk__error' {...{ role: 'status' }}>
          {STORAGE_WARNING}
        </Text>
      ) : null}
      {[...entries].reverse().map((e) => (
        <View key={e.key} className='desk__entry'>
          <Text className='desk__entry-title'>{(e.payload as { title?: string }).title ?? '通知'}</Text>
          <Text className={`desk__status desk__status--${e.status}`}>{statusLabel(e)}</Text>
        </View>
      ))}
    </View>
  )
}

/** When a notice goes out (定时) or went out, for the worker's list. */
function timeNote(n: NoticeSummary): string {
  if (n.state === 'scheduled' && n.publishAt) return `，${formatChinaTime(n.publishAt)} 发布`
  if (n.editedAt) return `，已修改 ${formatChinaTime(n.editedAt)}`
  return ''
}

/** A page of the worker's notices in a section, as the paged list takes it. */
const sectionPage = (section: NoticeSection) => (cursor: string | null) =>
  fetchWorkerNoticePage(section, cursor).then((page) => ({ items: page.notices, nextCursor: page.nextCursor }))
const feedPage = sectionPage('feed')
const unpublishedPage = sectionPage('unpublished')

interface NoticeActions {
  onEdit: (n: NoticeSummary) => void
  act: (n: NoticeSummary, patch: Parameters<typeof patchNotice>[1]) => void
}

function NoticeSectionList({
  title,
  list,
  actions,
}: { title: string; list: PagedList<NoticeSummary> } & { actions: NoticeActions }) {
  return (
    <View className='desk__section'>
      <Text className='desk__subheading' {...headingProps(3)}>
        {title}
      </Text>
      {list.failed === 'first' ? (
        <Text className='desk__error' {...{ role: 'alert' }}>
          {list.error}
        </Text>
      ) : null}
      {list.items === null && list.loading ? <Text className='desk__hint'>加载中…</Text> : null}
      {list.items && list.items.length === 0 ? <Text className='desk__hint'>暂无通知</Text> : null}
      {(list.items ?? []).map((n) => (
        <View key={n.id} className='desk__notice'>
          <Text className='desk__entry-title'>{`${n.pinned ? '【置顶】' : ''}${n.title}`}</Text>
          <Text className='desk__hint'>{`${n.category} · ${NOTICE_STATE_LABELS[n.state]}${timeNote(n)}`}</Text>
          {n.state !== 'withdrawn' ? (
            <View className='desk__notice-actions'>
              <Button size='small' fill='outline' aria-label={`编辑：${n.title}`} onClick={() => actions.onEdit(n)}>
                编辑
              </Button>
              <Button size='small' fill='outline' onClick={() => actions.act(n, { pinned: !n.pinned })}>
                {n.pinned ? '取消置顶' : '置顶'}
              </Button>
              <Button size='small' fill='outline' type='danger' onClick={() => actions.act(n, { action: 'withdraw' })}>
                撤回
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      <PagedListEnd what='通知' list={list} />
    </View>
  )
}

function MyNotices({ version, onEdit }: { version: number; onEdit: (n: NoticeView) => void }) {
  const [error, setError] = useState('')
  const [opening, setOpening] = useState('')
  const [acted, setActed] = useState(0)
  const published = usePagedList(feedPage, version + acted)
  const unpublished = usePagedList(unpublishedPage, version + acted)
  const reload = () => {
    setError('')
    published.reload()
    unpublished.reload()
  }
  const actions: NoticeActions = {
    act: async (n, patch) => {
      try {
        await patchNotice(n.id, patch)
        setError('')
        setActed((v) => v + 1)
      } catch (e) {
        setError(messageOf(e))
      }
    },
    // The list has no body or history: the form is filled from the whole notice, fetched when 编辑 is tapped.
    onEdit: async (n) => {
      setOpening(n.id)
      try {
        onEdit(await fetchWorkerNotice(n.id))
        setError('')
      } catch (e) {
        setError(`无法打开「${n.title}」：${messageOf(e)}`)
      } finally {
        setOpening('')
      }
    },
  }
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
      {opening ? (
        <Text className='desk__hint' {...{ role: 'status' }}>
          正在打开通知…
        </Text>
      ) : null}
      <Button size='small' fill='outline' onClick={reload}>
        刷新
      </Button>
      <NoticeSectionList title='未发布（草稿、定时、已撤回）' list={unpublished} actions={actions} />
      <NoticeSectionList title='已发布与往期' list={published} actions={actions} />
    </View>
  )
}

/** A new notice goes into the outbox; the form's checks give a message per field first. */
function queueDraft(draft: ComposeDraft, now: Date): SubmitOutcome {
  const checked = checkDraft(draft, now)
  if (!checked.ok) return { ok: false, fields: checked.fields, message: '请按提示修改后再发布' }
  queueNotice(checked.input)
  return { ok: true, note: '已加入发送队列' }
}

/** An edit goes straight to the server; a refusal keeps the draft (with a fresh key when the server said no). */
async function sendEdit(draft: ComposeDraft, now: Date): Promise<SubmitOutcome> {
  const outcome = await saveNoticeEdit(draft, now)
  if (outcome.ok) return { ok: true, note: '修改已保存' }
  const { fields, message, retryKey } = outcome
  const kept = retryKey && draft.editing ? { ...draft, editing: { ...draft.editing, key: retryKey } } : undefined
  return { ok: false, fields, message, draft: kept }
}

export function WorkerDesk() {
  const [session, setSession] = useState<StoredSession | null>(() => workerSession())
  // An edit left open (the app closed or crashed mid-edit) comes back as it was.
  const [editing, setEditing] = useState<ComposeDraft | null>(() => loadDraft(EDIT_DRAFT_KEY))
  const [edits, setEdits] = useState(0)
  const [note, setNote] = useState('')
  const entries = useOutbox()
  const sent = entries.filter((e) => e.status === 'sent').length
  if (!session) return <SignIn onSignedIn={setSession} />
  const closeEdit = (message: string) => {
    setEditing(null)
    setNote(message)
    setEdits((v) => v + 1)
  }
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
      {note ? (
        <Text className='desk__note' {...{ role: 'status' }}>
          {note}
        </Text>
      ) : null}
      {editing ? (
        <NoticeCompose
          key={editing.editing?.key ?? 'edit'}
          draftKey={EDIT_DRAFT_KEY}
          start={editing}
          submit={sendEdit}
          onDone={() => closeEdit('修改已保存')}
          onCancel={() => {
            clearDraft(EDIT_DRAFT_KEY)
            closeEdit('已放弃修改')
          }}
        />
      ) : (
        <NoticeCompose draftKey={DRAFT_KEY} submit={queueDraft} onDone={() => setNote('')} />
      )}
      <OutboxList />
      <MyNotices
        version={sent + edits}
        onEdit={(n) => {
          setNote('')
          setEditing(draftFromNotice(n, newEditKey()))
        }}
      />
    </View>
  )
}

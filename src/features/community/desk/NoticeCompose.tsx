// A worker writes or edits a notice: the fields (NoticeFields), kept as a draft a moment after every change (restored
// after a reload; a storage failure toasts and keeps it in memory), previewed as plain text. 发布 asks first, saying
// what will happen, then puts the notice in the outbox; 保存修改 sends only what changed. A refusal puts a message
// next to each field at fault and keeps the draft; what became of the write goes to `onDone`.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { EMPTY_DRAFT, type ComposeDraft } from '@/domain/notice/compose'
import { DRAFT_MEMORY_ONLY, clearDraft, loadDraft, saveDraft } from '@/services/community/notice-drafts'
import { useFormDraft } from '@/features/community/forms/use-form-draft'
import { ConfirmDialog, type Confirmation } from './ConfirmDialog'
import { NoticeFields } from './NoticeFields'
import { checkNew, submitEdit, submitNew, type Submitted } from './notice-submit'
import { publishConfirmation } from './confirmations'
import './notice-compose.scss'

export const DRAFT_SAVED = '草稿已自动保存'
/** An edit's autosave: kept on the device, not yet what residents see. */
export const EDIT_KEPT = '修改已暂存在本机，点「保存修改」后居民才会看到'

interface NoticeComposeProps {
  /** Where the draft is kept (a new notice and an edit each have their own). */
  draftKey: string
  /** A fresh start (编辑 tapped): replaces what the key held. */
  start?: ComposeDraft
  /** After a write went into the outbox (the draft is cleared by then): what became of it, in words. */
  onDone: (note: string) => void
  /** Shown as 放弃修改 when given: drops the draft. */
  onCancel?: () => void
  now?: () => Date
  /** How long typing must pause before the draft is saved. */
  draftDelayMs?: number
}

export function NoticeCompose(props: NoticeComposeProps) {
  const { draftKey, start, onDone, onCancel, now = () => new Date(), draftDelayMs } = props
  const form = useFormDraft<ComposeDraft>({
    initial: () => start ?? loadDraft(draftKey) ?? EMPTY_DRAFT,
    save: (d) => (saveDraft(draftKey, d) ? (d.editing ? EDIT_KEPT : DRAFT_SAVED) : DRAFT_MEMORY_ONLY),
    delayMs: draftDelayMs,
    // A fresh edit must survive a crash from the start.
    saveAtOnce: Boolean(start),
  })
  const { draft, errors, note } = form
  const [failure, setFailure] = useState('')
  const [preview, setPreview] = useState(false)
  const [busy, setBusy] = useState(false)
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const editing = draft.editing

  const change = (patch: Partial<ComposeDraft>) => {
    form.change(patch)
    setFailure('')
  }

  const finish = (outcome: Submitted) => {
    if (!outcome.done) {
      form.setErrors(outcome.fields)
      setFailure(outcome.message)
      if (outcome.draft) form.change({ editing: outcome.draft.editing })
      return
    }
    clearDraft(draftKey)
    form.reset(EMPTY_DRAFT)
    form.setNote('')
    setFailure('')
    setPreview(false)
    onDone(outcome.note)
  }

  const send = async (submit: typeof submitNew) => {
    setBusy(true)
    const outcome = await submit(draft, now())
    setBusy(false)
    finish(outcome)
  }

  const tapSend = () => {
    if (editing) return void send(submitEdit)
    const fields = checkNew(draft, now())
    if (fields) return finish({ done: false, fields, message: '请按提示修改后再发布' })
    setConfirmation(publishConfirmation(draft, () => void send(submitNew)))
  }

  return (
    <View className='compose'>
      <Text className='compose__heading' {...headingProps(2)}>
        {editing ? '修改通知' : '写通知'}
      </Text>
      <NoticeFields draft={draft} errors={errors} change={change} now={now()} />
      {note ? (
        <Text
          className={`compose__saved${note === DRAFT_MEMORY_ONLY ? ' compose__saved--warn' : ''}`}
          {...{ role: 'status' }}
        >
          {note}
        </Text>
      ) : null}
      {failure ? (
        <Text className='compose__failure' {...{ role: 'alert' }}>
          {failure}
        </Text>
      ) : null}
      <View className='compose__actions'>
        <Button fill='outline' onClick={() => setPreview(!preview)}>
          {preview ? '关闭预览' : '预览'}
        </Button>
        <Button type='primary' loading={busy} disabled={busy} onClick={tapSend}>
          {editing ? '保存修改' : '发布'}
        </Button>
      </View>
      {onCancel ? (
        <Button fill='none' className='compose__cancel' onClick={onCancel}>
          放弃修改
        </Button>
      ) : null}
      {preview ? (
        <View className='compose__preview' aria-label='预览'>
          <Text className='compose__preview-title'>{draft.title || '（未填写标题）'}</Text>
          <Text className='compose__preview-body'>{draft.body || '（未填写正文）'}</Text>
        </View>
      ) : null}
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} />
    </View>
  )
}

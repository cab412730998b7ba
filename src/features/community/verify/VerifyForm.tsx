// A worker verifies one field: the value (its kind's editor) or 确认未知, how it was checked, evidence (公示标题, a photo
// of the notice), 下次复核 date. Checked with the contract's verifyBodySchema before anything is sent, confirmed
// ("发布后居民会看到…"), kept as a draft on the device until published; a refusal keeps the form and puts the
// server's message under each field at fault. `onPublished` gets the stored fact.
import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox, Input } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import {
  RECHECK_MAX_DAYS,
  VERIFY_METHODS,
  VERIFY_METHOD_LABELS,
  verifyBodySchema,
  type FactFieldDefinition,
  type FactSubject,
  type VerifiedFact,
} from '@/domain/verified-facts'
import { validate, type FieldErrors } from '@/domain/validation'
import { recheckProblem } from '@/domain/recheck-date'
import { emptyVerifyDraft, verifyBody, type VerifyDraft } from '@/domain/verify-draft'
import { messageOf } from '@/services/api-client'
import { choosePhotos } from '@/services/community/photos'
import { publishVerifiedFact, uploadEvidencePhoto } from '@/services/community/verify-api'
import { verifyDrafts } from '@/services/community/verify-drafts'
import { randomId } from '@/services/random-id'
import { refusalMessage } from '@/services/refusal-message'
import { useFormDraft } from '@/features/community/forms/use-form-draft'
import { ConfirmDialog, type Confirmation } from '@/features/community/desk/ConfirmDialog'
import { ValueEditor } from './ValueEditor'
import { publishFactConfirmation } from './verify-words'

/** Stands in for the photo's id while the form is checked before the photo is uploaded. */
const PHOTO_TO_UPLOAD = 'photo-not-uploaded-yet'

const METHOD_OPTIONS = VERIFY_METHODS.map((m) => ({ value: m, label: VERIFY_METHOD_LABELS[m] }))
const PHOTO_WORDS = { action: '拍下公示', step: '选择照片', resource: '相册和相机' }

/** Which messages a change of these draft keys makes stale. */
const ERROR_PREFIXES: Record<keyof VerifyDraft, string> = {
  text: 'value',
  list: 'value',
  address: 'value',
  hours: 'value',
  facility: 'value',
  unknown: 'value',
  method: 'method',
  noticeTitle: 'evidence',
  photo: 'evidence',
  recheckBy: 'recheckBy',
}

interface VerifyFormProps {
  subject: FactSubject
  definition: FactFieldDefinition
  /** e.g. 冬季供暖 · 地点 */
  what: string
  reportId?: string
  onPublished: (fact: VerifiedFact) => void
  now?: () => Date
}

export function VerifyForm({
  subject,
  definition,
  what,
  reportId,
  onPublished,
  now = () => new Date(),
}: VerifyFormProps) {
  const form = useFormDraft<VerifyDraft>({
    initial: () => verifyDrafts.load(subject) ?? emptyVerifyDraft(now()),
    save: (d) => verifyDrafts.save(subject, d),
  })
  const { draft, errors } = form
  const [failure, setFailure] = useState('')
  const [busy, setBusy] = useState(false)
  const [photoProblem, setPhotoProblem] = useState('')
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  /** One key per photo picked: a retry after a lost reply does not store it twice. */
  const photoKey = useRef(randomId())

  const change = (patch: Partial<VerifyDraft>) => {
    form.change(patch)
    const stale = Object.keys(patch).map((k) => ERROR_PREFIXES[k as keyof VerifyDraft])
    form.setErrors(
      Object.fromEntries(Object.entries(errors).filter(([path]) => !stale.some((p) => path.startsWith(p)))),
    )
    setFailure('')
  }

  const body = (photoId: string | null) => verifyBody(draft, subject, definition.value, { photoId, reportId })

  /** The contract's messages (and the re-check date's range), or none. */
  const check = (): FieldErrors => {
    const checked = validate(verifyBodySchema, body(draft.photo ? PHOTO_TO_UPLOAD : null))
    const fields: FieldErrors = checked.ok ? {} : { ...(checked.error.fields ?? {}) }
    const recheck = recheckProblem(draft.recheckBy, now())
    if (recheck) fields.recheckBy ??= recheck
    if (!checked.ok && Object.keys(fields).length === 0) fields.value = checked.error.error
    return fields
  }

  const publish = async () => {
    setConfirmation(null)
    setBusy(true)
    try {
      const photoId = draft.photo ? await uploadEvidencePhoto(draft.photo, photoKey.current) : null
      const fact = await publishVerifiedFact(body(photoId))
      verifyDrafts.clear(subject)
      form.reset(emptyVerifyDraft(now()))
      form.setNote('')
      setFailure('')
      onPublished(fact)
    } catch (error) {
      const fields = (error as { fields?: FieldErrors }).fields ?? {}
      form.setErrors(fields)
      setFailure(`没有发布：${messageOf(error)}。填写的内容已保留，可以修改后再发布。`)
    } finally {
      setBusy(false)
    }
  }

  const tapPublish = () => {
    const fields = check()
    if (Object.keys(fields).length > 0) {
      form.setErrors(fields)
      setFailure('请按提示修改后再发布')
      return
    }
    const value = body(null).value
    setConfirmation(publishFactConfirmation(what, definition.value, value, () => void publish()))
  }

  const pickPhoto = async () => {
    const choice = await choosePhotos(1)
    if (!choice.ok) return setPhotoProblem(refusalMessage(choice.refusal, PHOTO_WORDS))
    const [picked] = choice.photos
    if (!picked) return
    if (!picked.ok) return setPhotoProblem(picked.message)
    photoKey.current = randomId()
    setPhotoProblem('')
    change({ photo: picked.dataUrl })
  }

  return (
    <View className='verify-form'>
      <Text className='verify-form__label'>{`${definition.label}（核实到的内容）`}</Text>
      {draft.unknown ? (
        <Text className='verify-form__hint'>已选「确认未知」：居民会看到这一项已核实、目前无法确定。</Text>
      ) : (
        <ValueEditor definition={definition} draft={draft} errors={errors} change={change} />
      )}
      <Checkbox className='verify-form__unknown' checked={draft.unknown} onChange={(unknown) => change({ unknown })}>
        确认未知（问过了，目前没有人能说清）
      </Checkbox>

      <Text className='verify-form__label'>核实方式</Text>
      <ChoiceChips
        label='核实方式'
        wrap
        options={METHOD_OPTIONS}
        isSelected={(m) => m === draft.method}
        onPick={(method) => change({ method })}
      />
      <FieldMessage message={errors.method} />

      <Text className='verify-form__label'>依据（官方公示须填标题或拍下公示，其他方式可不填）</Text>
      <Input
        className='verify-form__input'
        value={draft.noticeTitle}
        placeholder='公示标题，如：关于某某的公告'
        aria-label='公示标题'
        onChange={(noticeTitle) => change({ noticeTitle })}
      />
      <FieldMessage message={errors['evidence.noticeTitle'] ?? errors.evidence} />
      <View className='verify-form__row'>
        <Text className='verify-form__hint'>{draft.photo ? '已选 1 张公示照片' : '没有公示照片'}</Text>
        <Button fill='outline' onClick={() => void pickPhoto()}>
          {draft.photo ? '换一张' : '拍下公示'}
        </Button>
        {draft.photo ? (
          <Button fill='outline' onClick={() => change({ photo: null })}>
            删除照片
          </Button>
        ) : null}
      </View>
      <FieldMessage message={photoProblem || errors['evidence.photoId']} />

      <Text className='verify-form__label'>{`下次复核日期（${RECHECK_MAX_DAYS} 天内，到期后居民会看到「待复核」）`}</Text>
      <Input
        className='verify-form__input'
        value={draft.recheckBy}
        placeholder='YYYY-MM-DD'
        aria-label='下次复核日期'
        onChange={(recheckBy) => change({ recheckBy })}
      />
      <FieldMessage message={errors.recheckBy} />

      {failure ? (
        <Text className='verify-form__failure' {...{ role: 'alert' }}>
          {failure}
        </Text>
      ) : null}
      {form.note ? (
        <Text className='verify-form__hint' {...{ role: 'status' }}>
          {form.note}
        </Text>
      ) : null}
      <Button type='primary' block disabled={busy} onClick={tapPublish}>
        {busy ? '正在发布…' : '发布核实结果'}
      </Button>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} />
    </View>
  )
}

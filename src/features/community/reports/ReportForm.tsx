// 报告问题: category, description (growing with its text), place as text and up to 3 photos (compressed to ≤ 2 MB
// each). The draft is kept through useFormDraft (saved a moment after every change, restored after a reload); 提交
// hands the checked report to `onSubmit` (the outbox) and empties the form; `confirmation` says what became of it. A picker that did not open says 未获授权 or 失败; the
// 隐私政策 is linked under the form.
import { useEffect, useState, type ReactNode } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { headingProps } from '@/components/a11y/aria-props'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import {
  CORRECTION_CATEGORY,
  MAX_PHOTOS,
  REPORT_CATEGORIES,
  REPORT_DESCRIPTION_MAX,
  REPORT_PLACE_MAX,
  reportCreateSchema,
  type ReportCreate,
} from '@/domain/report'
import { EMPTY_REPORT_DRAFT, type ReportDraft } from '@/domain/report-draft'
import { fieldDefinition, subjectKey, type FactSubjectRef } from '@/domain/verified-fields'
import { validate } from '@/domain/validation'
import { choosePhotos, photoPreviews } from '@/services/community/photos'
import { DRAFT_NOTES, correctionDrafts, reportDrafts } from '@/services/community/report-drafts'
import { useFormDraft } from '@/features/community/forms/use-form-draft'
import { LinkRow } from '@/components/link-row/LinkRow'
import { PrivacyDialog } from '@/components/privacy-dialog/PrivacyDialog'
import { privacyUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'
import { refusalMessage } from '@/services/refusal-message'
import './report-form.scss'

const PHOTO_WORDS = { action: '添加照片', step: '选择照片', resource: '相册和相机' }

/** 信息有误 / 我来补充 from a guide or park page: what the report is about, and that item's name as the place. */
export interface Correction {
  subject: FactSubjectRef
  place: string
}

/**
 * The draft to open with. A correction has its own draft (so a half-written 小事快办 report is never replaced): kept
 * when it is about the same field, else a new one with category 信息纠错, the subject and the place.
 */
function openingDraft(correction: Correction | undefined): ReportDraft {
  if (!correction) return reportDrafts.load() ?? EMPTY_REPORT_DRAFT
  const kept = correctionDrafts.load()
  if (kept?.subject && subjectKey(kept.subject) === subjectKey(correction.subject)) return kept
  return { ...EMPTY_REPORT_DRAFT, category: CORRECTION_CATEGORY, place: correction.place, subject: correction.subject }
}

/** 关于：冬季供暖 · 地点 */
function aboutLine(subject: FactSubjectRef, name: string): string {
  return `关于：${name} · ${fieldDefinition(subject.kind, subject.field)?.label ?? subject.field}`
}

interface ReportFormProps {
  /** Opened from 信息有误 / 我来补充: the field and the place to prefill. */
  correction?: Correction
  /** Queues (and tries to send) the checked report. */
  onSubmit: (report: ReportCreate) => void
  /** What became of the last report submitted (ReportConfirmation), shown above 提交. */
  confirmation?: ReactNode
}

export function ReportForm({ onSubmit, confirmation, correction }: ReportFormProps) {
  const drafts = correction ? correctionDrafts : reportDrafts
  const form = useFormDraft<ReportDraft>({
    initial: () => openingDraft(correction),
    save: (d) => DRAFT_NOTES[drafts.save(d)],
  })
  const { draft, errors, change, note, setNote } = form
  const [photoProblems, setPhotoProblems] = useState<string[]>([])
  const [picking, setPicking] = useState(false)
  const [previews, setPreviews] = useState<string[]>([])

  useEffect(() => {
    let live = true
    photoPreviews(draft.photos).then(
      (srcs) => live && setPreviews(srcs),
      () => live && setPreviews([]),
    )
    return () => {
      live = false
    }
  }, [draft.photos])

  const pick = async () => {
    setPicking(true)
    try {
      const choice = await choosePhotos(MAX_PHOTOS - draft.photos.length)
      if (!choice.ok) {
        // 已取消 says nothing; 未获授权 says how to allow it; 失败 says so.
        const message = refusalMessage(choice.refusal, PHOTO_WORDS)
        setPhotoProblems(message ? [message] : [])
        return
      }
      const picked = choice.photos
      const added = picked.flatMap((x) => (x.ok ? [x.dataUrl] : []))
      if (added.length > 0) change({ photos: [...draft.photos, ...added].slice(0, MAX_PHOTOS) })
      setPhotoProblems(picked.flatMap((x) => (x.ok ? [] : [x.message])))
    } finally {
      setPicking(false)
    }
  }

  const removePhoto = (index: number) => {
    change({ photos: draft.photos.filter((_, i) => i !== index) })
    setPhotoProblems([])
  }

  const submit = () => {
    const checked = validate(reportCreateSchema, draft)
    if (!checked.ok) {
      form.setErrors(checked.error.fields ?? { category: checked.error.error })
      setNote('')
      return
    }
    onSubmit(checked.data)
    drafts.clear()
    form.reset(EMPTY_REPORT_DRAFT)
    setPhotoProblems([])
    setNote('')
  }

  return (
    <View className='report__card'>
      <Text className='report__heading' {...headingProps(2)}>
        报告问题
      </Text>
      {draft.subject ? (
        <Text className='report__about'>{aboutLine(draft.subject, correction?.place ?? draft.place)}</Text>
      ) : null}
      <Text className='report__label'>类别</Text>
      <ChoiceChips
        label='问题类别'
        options={REPORT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        isSelected={(c) => c === draft.category}
        onPick={(category) => change({ category })}
        wrap
      />
      <FieldMessage message={errors.category} />
      <Text className='report__label'>问题描述</Text>
      <TextArea
        className='report__input report__description'
        value={draft.description}
        rows={3}
        autoSize
        maxLength={REPORT_DESCRIPTION_MAX}
        placeholder='发生了什么，例如：路灯不亮'
        aria-label='问题描述'
        onChange={(description) => change({ description })}
      />
      <FieldMessage message={errors.description} />
      <Text className='report__label'>地点（文字描述，如 3号楼东侧）</Text>
      <Input
        className='report__input'
        value={draft.place}
        maxLength={REPORT_PLACE_MAX}
        placeholder='在哪里'
        aria-label='地点'
        onChange={(place) => change({ place })}
      />
      <FieldMessage message={errors.place} />
      <Text className='report__label'>{`照片（选填，最多 ${MAX_PHOTOS} 张，每张压缩到 2 MB 以内）`}</Text>
      {draft.photos.length > 0 ? (
        <View className='report__photos'>
          {draft.photos.map((dataUrl, i) => (
            <View key={`${i}-${dataUrl.length}`} className='report__thumb'>
              <Image
                className='report__photo'
                src={previews[i] ?? ''}
                mode='aspectFill'
                aria-label={`已选的第 ${i + 1} 张照片`}
                nativeProps={{ alt: `已选的第 ${i + 1} 张照片` }}
              />
              <Button fill='outline' aria-label={`删除第 ${i + 1} 张照片`} onClick={() => removePhoto(i)}>
                删除
              </Button>
            </View>
          ))}
        </View>
      ) : null}
      {photoProblems.map((problem) => (
        <FieldMessage key={problem} message={problem} />
      ))}
      {Object.entries(errors)
        .filter(([field]) => field.startsWith('photos'))
        .map(([field, message]) => (
          <FieldMessage key={field} message={message} />
        ))}
      {draft.photos.length < MAX_PHOTOS ? (
        <Button fill='outline' loading={picking} onClick={pick}>
          {`添加照片（${draft.photos.length}/${MAX_PHOTOS}）`}
        </Button>
      ) : null}
      {note ? (
        <Text className='report__message' {...{ role: 'status' }}>
          {note}
        </Text>
      ) : null}
      {confirmation}
      <Button type='primary' block onClick={submit}>
        提交
      </Button>
      <LinkRow kind='隐私' label='隐私政策：收集什么、谁能看到、怎样删除' onOpen={() => navigateTo(privacyUrl())} />
      <PrivacyDialog />
    </View>
  )
}

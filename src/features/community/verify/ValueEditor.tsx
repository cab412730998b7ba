// The editor for a field's value kind: text, list, phone, address, opening hours, or a facility's 有 / 没有.
import { Input, TextArea } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import type { FactFieldDefinition } from '@/domain/verified-facts'
import type { FieldErrors } from '@/domain/validation'
import type { VerifyDraft } from '@/domain/verify-draft'
import { AddressEditor } from './AddressEditor'
import { HoursEditor } from './HoursEditor'
import { ListEditor } from './ListEditor'

interface ValueEditorProps {
  definition: FactFieldDefinition
  draft: VerifyDraft
  errors: FieldErrors
  change: (patch: Partial<VerifyDraft>) => void
}

const FACILITY_OPTIONS = [
  { value: 'present' as const, label: '有' },
  { value: 'absent' as const, label: '没有' },
]

export function ValueEditor({ definition, draft, errors, change }: ValueEditorProps) {
  const { label } = definition
  switch (definition.value) {
    case 'text':
      return (
        <View>
          <TextArea
            className='verify-form__textarea'
            value={draft.text}
            placeholder={`${label}，按核实到的写`}
            aria-label={label}
            maxLength={200}
            autoSize
            onChange={(text) => change({ text })}
          />
          <FieldMessage message={errors.value} />
        </View>
      )
    case 'phone':
      return (
        <View>
          <Input
            className='verify-form__input'
            type='tel'
            value={draft.text}
            placeholder='区号-号码，或 11 位手机号'
            aria-label={label}
            onChange={(text) => change({ text })}
          />
          <FieldMessage message={errors.value} />
        </View>
      )
    case 'list':
      return <ListEditor label={label} rows={draft.list} errors={errors} onChange={(list) => change({ list })} />
    case 'address':
      return (
        <AddressEditor
          label={label}
          value={draft.address}
          errors={errors}
          onChange={(address) => change({ address })}
        />
      )
    case 'opening-hours':
      return <HoursEditor value={draft.hours} errors={errors} onChange={(hours) => change({ hours })} />
    case 'facility':
      return (
        <View>
          <ChoiceChips
            label={`${label}：有还是没有`}
            wrap
            options={FACILITY_OPTIONS}
            isSelected={(v) => v === draft.facility}
            onPick={(facility) => change({ facility })}
          />
          <FieldMessage message={errors.value} />
        </View>
      )
  }
}

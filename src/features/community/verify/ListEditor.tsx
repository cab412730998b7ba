// A list value (材料, 步骤): one row per item, 添加一项 and 删除 on each row; each row's message under it.
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import type { FieldErrors } from '@/domain/validation'

interface ListEditorProps {
  label: string
  rows: string[]
  errors: FieldErrors
  onChange: (rows: string[]) => void
}

export function ListEditor({ label, rows, errors, onChange }: ListEditorProps) {
  const set = (i: number, text: string) => onChange(rows.map((r, j) => (j === i ? text : r)))
  return (
    <View className='verify-form__list'>
      {rows.map((row, i) => (
        <View key={i} className='verify-form__row'>
          <Input
            className='verify-form__input'
            value={row}
            placeholder={`第 ${i + 1} 项`}
            aria-label={`${label}第 ${i + 1} 项`}
            onChange={(text) => set(i, text)}
          />
          {rows.length > 1 ? (
            <Button
              fill='outline'
              aria-label={`删除${label}第 ${i + 1} 项`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              删除
            </Button>
          ) : null}
          <FieldMessage message={errors[`value.${i}`]} />
        </View>
      ))}
      <Button fill='outline' onClick={() => onChange([...rows, ''])}>
        添加一项
      </Button>
    </View>
  )
}

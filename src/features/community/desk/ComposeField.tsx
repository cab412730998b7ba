// One field of the compose form: its visible label, the control, and the field's message (id `${id}-error`) under it.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { FieldMessage } from '@/components/field-message/FieldMessage'

interface ComposeFieldProps {
  id: string
  label: string
  error?: string
  children: ReactNode
}

export function ComposeField({ id, label, error, children }: ComposeFieldProps) {
  return (
    <View className='compose__field'>
      <Text className='compose__label'>{label}</Text>
      {children}
      <FieldMessage id={`${id}-error`} message={error} />
    </View>
  )
}

// One field of the compose form: its visible label, the control, and the field's message (role alert) under it.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'

interface ComposeFieldProps {
  /** The message's element id is `${id}-error`. */
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
      {error ? (
        <Text id={`${id}-error`} className='compose__error' {...{ role: 'alert' }}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}

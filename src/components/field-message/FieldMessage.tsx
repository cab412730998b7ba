// A form field's message (what is wrong and how to fix it), announced as an alert; nothing when there is none.
import { Text } from '@tarojs/components'
import './field-message.scss'

interface FieldMessageProps {
  message?: string
  /** The element id (e.g. `${fieldId}-error`), so the control can point at it. */
  id?: string
}

export function FieldMessage({ message, id }: FieldMessageProps) {
  return message ? (
    <Text id={id} className='field-message' {...{ role: 'alert' }}>
      {message}
    </Text>
  ) : null
}

// A small green label (year, kind of park …) in the app's palette: #1f6f43 on #e7f2ec is 5.8:1.
import { Tag } from '@nutui/nutui-react-taro'

export function LabelTag({ children }: { children: string }) {
  return (
    <Tag background='#e7f2ec' color='#1f6f43'>
      {children}
    </Tag>
  )
}

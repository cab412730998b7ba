// The app root: global styles and dayjs locale; pages render inside.
import { type PropsWithChildren } from 'react'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import './app.scss'

dayjs.locale('zh-cn')

function App({ children }: PropsWithChildren) {
  return children
}

export default App

// The app root: global styles; pages render inside.
import { type PropsWithChildren } from 'react'
import './app.scss'
import { installH5ButtonSemantics } from './app/h5-a11y'

if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') installH5ButtonSemantics()

function App({ children }: PropsWithChildren) {
  return children
}

export default App

// The app root: global styles; pages render inside.
import { type PropsWithChildren } from 'react'
import './app.scss'
import { installAccessibility } from './app/accessibility'

installAccessibility()

function App({ children }: PropsWithChildren) {
  return children
}

export default App

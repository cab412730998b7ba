// The app root: global styles, WeChat's privacy requests listened to from the start; pages render inside.
import { type PropsWithChildren } from 'react'
import './app.scss'
import { installAccessibility } from './app/accessibility'
import { listenForPrivacyRequests } from '@/services/privacy/privacy-gate'

installAccessibility()
listenForPrivacyRequests()

function App({ children }: PropsWithChildren) {
  return children
}

export default App

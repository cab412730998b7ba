// The app root: global styles, WeChat's privacy requests listened to from the start, new versions offered as a
// restart; pages render inside.
import { type PropsWithChildren } from 'react'
import './app.scss'
import { installAccessibility } from './app/accessibility'
import { watchForUpdates } from './app/app-update'
import { listenForPrivacyRequests } from '@/services/privacy/privacy-gate'

installAccessibility()
listenForPrivacyRequests()
watchForUpdates()

function App({ children }: PropsWithChildren) {
  return children
}

export default App

// The app root: global styles, WeChat's privacy requests listened to from the start, new versions offered as a
// restart (H5: the service worker's 刷新, and 重试 for a page that did not load), the 月湾湖 tab's unread badge kept
// up whenever the app shows; pages render inside.
import { type PropsWithChildren } from 'react'
import './app.scss'
import { installAccessibility } from './app/accessibility'
import { watchForUpdates } from './app/app-update'
import { watchUnreadForTabBadge } from './app/unread-tab-badge'
import { listenForPrivacyRequests } from '@/services/privacy/privacy-gate'

installAccessibility()
listenForPrivacyRequests()
watchForUpdates()
watchUnreadForTabBadge()

function App({ children }: PropsWithChildren) {
  return children
}

export default App

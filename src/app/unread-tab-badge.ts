// The 月湾湖 tab's badge from the app's start, whichever tab opens first: each time the app comes to the front the
// unread count is asked (one small GET, none before this device has a resident session) and shown on the tab bar.
// unread-tab-badge.weapp.ts on WeChat's app show; unread-tab-badge.h5.ts when the page becomes visible, its code
// loaded after the first screen. Taro picks the file; this one declares it.

export declare function watchUnreadForTabBadge(): void

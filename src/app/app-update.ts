// A new version of the app, once ready, offered as a restart: app-update.weapp.ts through WeChat's update manager;
// app-update.h5.ts through the service worker (a waiting version and the bar 有新版本 · 刷新), and 重试 for a page
// whose code did not load. Taro picks the file; this one declares it.

export declare function watchForUpdates(): void

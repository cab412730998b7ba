// A new version of the app, once ready, offered as a restart: app-update.weapp.ts through WeChat's update manager;
// app-update.h5.ts does nothing (a reload of the page is the new version). Taro picks the file; this one declares it.

export declare function watchForUpdates(): void

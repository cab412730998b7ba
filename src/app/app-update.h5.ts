// H5: the page loads the newest build when it is opened; nothing to watch.

export function watchForUpdates(): void {}

// The H5 build's "network is back": the browser's online event (Taro's network event does not fire there reliably).
export function onNetworkBack(callback: () => void): void {
  if (typeof window !== 'undefined') window.addEventListener('online', callback)
}

// When the network comes back, whatever the platform: Taro picks network.weapp.ts or network.h5.ts for `./network`.

/** Calls `callback` each time the device is online again. */
export declare const onNetworkBack: (callback: () => void) => void

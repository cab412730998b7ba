// What the app does once at start so assistive technology can use it: accessibility.h5.ts in the browser,
// accessibility.weapp.ts in the mini-program (Taro picks the file; this one only declares the function).

export declare function installAccessibility(): void

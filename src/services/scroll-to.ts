// Bringing a part of the page on screen into view: scroll-to.h5.ts in the browser, scroll-to.weapp.ts in the
// mini-program (Taro picks the file for the build; this one only declares what both export).

/** Scrolls the page on screen until the first element matching `selector` is at its top; nothing when there is none. */
export declare function scrollToElement(selector: string): void

// Mini-program: WeChat draws the page, its back button and the tab bar itself; the page sets nothing outside its tree.
export const DRAWS_BACK_BUTTON = false

export function usePageFrame(): void {}

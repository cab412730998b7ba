// The prerendered first screens of the H5 build (scripts/prerender.ts): the element one shows in until the app's own
// page has rendered, and the attribute naming each screen's <template> (`news-standard`, `news-elder` …).
export const FIRST_SCREEN_HOST_ID = 'first-screen'
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen'

// Words the notice screens share (kept here, not imported from domain/notice.ts, which would bring zod into the tab).
export const PAST_NOTICES_LABEL_TEXT = '往期'

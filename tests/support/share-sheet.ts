// Stand-ins for the browser's share sheet (navigator.share) in tests of share buttons; restore() takes it away again.
export type ShareSheetAnswer = 'shared' | 'cancelled' | 'refused'

const ERRORS: Record<Exclude<ShareSheetAnswer, 'shared'>, Error> = {
  cancelled: Object.assign(new Error('cancelled'), { name: 'AbortError' }),
  refused: Object.assign(new Error('not allowed'), { name: 'NotAllowedError' }),
}

/** Gives the browser a share sheet that answers as `answer`; returns the mock to inspect its calls. */
export function installShareSheet(answer: ShareSheetAnswer): jest.Mock {
  const share =
    answer === 'shared' ? jest.fn().mockResolvedValue(undefined) : jest.fn().mockRejectedValue(ERRORS[answer])
  Object.defineProperty(navigator, 'share', { value: share, configurable: true })
  return share
}

/** Leaves the browser without a share sheet (as jsdom starts). */
export function removeShareSheet(): void {
  delete (navigator as { share?: unknown }).share
}

// ARIA props that work in both builds: H5 reads role + aria-* (aria-props.h5.ts), weapp reads aria-role
// (aria-props.weapp.ts); Taro picks the file for the build, and this one only declares what both export.

/** A heading of `level` (1–3). */
export declare function headingProps(level: 1 | 2 | 3): object

/** What a link may add to its name: the id of visible text that describes it (H5 only; weapp has no describedby). */
export interface LinkOptions {
  describedBy?: string
}

/**
 * A tappable card read as a link (reachable by screen readers). It takes no label on purpose: its name is its own
 * visible text, so what a person sees is what a voice-control user says (WCAG 2.5.3). Hide decoration (›) with
 * aria-hidden; put extra facts in visible text, or in visible text `describedBy` points at.
 */
export declare function linkProps(options?: LinkOptions): object

/** A header that opens and closes the section `controls`, named by its own text. */
export declare function expandButtonProps(expanded: boolean, controls: string): object

/** A row that scrolls sideways: in H5 it takes keyboard focus so it can be scrolled without a finger. */
export declare const scrollableRowProps: object

/** A control that turns something on or off, read as a switch with its state (named by its own text). */
export declare function switchProps(checked: boolean): object

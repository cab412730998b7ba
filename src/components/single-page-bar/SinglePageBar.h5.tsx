// H5: no single-page mode in a browser; nothing to show.
export function SinglePageBar() {
  return null
}

// H5: SearchBar's own autoFocus calls the input's focus() before Taro's input has rendered (an uncaught error when
// the page is opened with navigateTo), so the input is asked to focus itself.

export const AUTOFOCUS_PROPS: object = { inputProps: { autoFocus: true } }

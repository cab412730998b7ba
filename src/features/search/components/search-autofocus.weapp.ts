// Mini-program: SearchBar passes autoFocus on to the input as `focus`.

export const AUTOFOCUS_PROPS: object = { autoFocus: true }

// SearchBar props that focus the search box as the page opens: search-autofocus.h5.ts / .weapp.ts per build (Taro
// picks the file; this one only declares what both export).

export declare const AUTOFOCUS_PROPS: object

// Types for the one export of Taro's React runtime the tests call (the package ships no declarations for it).
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  /** Hands React and ReactDOM to Taro's page hooks (useRouter, useShareAppMessage …), as the H5 build does. */
  export function createH5NativeComponentConfig<C>(
    component: C,
    react: typeof import('react'),
    reactDOM: typeof import('react-dom'),
  ): C
}

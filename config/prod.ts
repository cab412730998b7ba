// Production build: minified; the H5 app calls the API on its own origin.
import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>

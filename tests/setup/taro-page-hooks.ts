// Taro's page hooks (useRouter, useDidShow, useShareAppMessage …) read React from Taro's runtime, which the H5 build
// fills in for every page; tests do the same once, so any component may use them.
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'

createH5NativeComponentConfig(null, React, ReactDOM)

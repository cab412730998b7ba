// jest setup (3/3): load @tarojs/taro before any test, which breaks the router ↔ components ↔ taro-h5 import cycle.
// Taro's H5 runtime needs a window: tests under `@jest-environment node` (tests/api) skip it.
if (typeof window !== 'undefined') require('@tarojs/taro')

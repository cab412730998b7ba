// jest setup (3/3): load @tarojs/taro before any test, which breaks the router ↔ components ↔ taro-h5 import cycle.
require('@tarojs/taro')

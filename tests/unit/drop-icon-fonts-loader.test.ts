// The H5 first load carries no icon font the app never shows: the loader takes the inlined weui and taro @font-face
// rules out of Taro's two files (the real ones in node_modules, so a Taro upgrade that moves them fails here) and
// leaves every other rule.
import fs from 'node:fs'
import path from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain CommonJS file, as webpack loads it
const { dropIconFonts } = require('../../config/drop-icon-fonts-loader.js') as { dropIconFonts: (s: string) => string }

const TARO_FILES = [
  // (jest maps .css imports to a stub: the file is found from the package's folder)
  path.join(
    path.dirname(require.resolve('@tarojs/components/package.json')),
    'dist/taro-components/taro-components.css',
  ),
  require.resolve('@tarojs/taro-h5/dist/api/ui/interaction/index.js'),
]

describe('dropping the inlined icon fonts', () => {
  it.each(TARO_FILES)('takes the base64 font out of %s and keeps the rest', (file) => {
    const source = fs.readFileSync(file, 'utf8')
    const kept = dropIconFonts(source)
    expect(source).toMatch(/base64/)
    expect(kept).not.toMatch(/base64/)
    expect(source.length - kept.length).toBeGreaterThan(2000)
    expect(kept.length).toBeGreaterThan(source.length / 10)
  })

  it('keeps other fonts and rules', () => {
    const css = '@font-face{font-family:"app";src:url(data:font/woff2;base64,AAAA)}.weui-icon{font-family:weui}'
    expect(dropIconFonts(`@font-face{font-family:weui;src:url(data:x;base64,BBBB)}${css}`)).toBe(css)
  })
})

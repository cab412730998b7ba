// NutUI's components import their icons one file each, so an icon only a subpackage's component shows stays out of
// the weapp main package: the loader rewrites the real NutUI files (a NutUI upgrade that changes how they import
// icons fails here), keeps each local name, and leaves alone an import it cannot map to icon files.
import fs from 'node:fs'
import path from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain CommonJS file, as webpack loads it
const { iconImports } = require('../../config/icon-imports-loader.js') as { iconImports: (s: string) => string }

const NUTUI = path.join(path.dirname(require.resolve('@nutui/nutui-react-taro/package.json')), 'dist/es/packages')
const ICONS_PACKAGE = path.dirname(require.resolve('@nutui/icons-react-taro/package.json'))
const read = (file: string) => fs.readFileSync(path.join(NUTUI, file), 'utf8')
const INDEX_IMPORT = /from\s*["']@nutui\/icons-react-taro["']/

describe('NutUI icon imports, one file each', () => {
  it.each(['button/button.js', 'radio/radio.js', 'searchbar/searchbar.js', 'input/input.js', 'dialog/dialog.js'])(
    '%s no longer imports the icons’ index, and every file it imports exists',
    (file) => {
      const source = read(file)
      expect(source).toMatch(INDEX_IMPORT)
      const rewritten = iconImports(source)
      expect(rewritten).not.toMatch(INDEX_IMPORT)
      const files = [...rewritten.matchAll(/from "@nutui\/icons-react-taro\/(dist\/es\/icons\/\w+\.js)"/g)].map(
        (m) => m[1],
      )
      expect(files.length).toBeGreaterThan(0)
      for (const icon of files) expect(fs.existsSync(path.join(ICONS_PACKAGE, icon))).toBe(true)
    },
  )

  it('keeps the names a component gives its icons', () => {
    expect(iconImports('import { Loading as IconLoading, Close } from "@nutui/icons-react-taro";')).toBe(
      'import IconLoading from "@nutui/icons-react-taro/dist/es/icons/Loading.js";\n' +
        'import Close from "@nutui/icons-react-taro/dist/es/icons/Close.js";',
    )
  })

  it('leaves an import with a name that is not an icon file as it was', () => {
    const source = 'import { IconFontConfig, Close } from "@nutui/icons-react-taro";'
    expect(iconImports(source)).toBe(source)
  })
})

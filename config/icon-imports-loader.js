// A webpack loader for NutUI's own files: `import { Close, MaskClose } from "@nutui/icons-react-taro"` becomes one
// import per icon file. Through the package's index every icon any NutUI component uses sits with that index — in
// the weapp main package, since the main package's Button needs Loading — even when only a subpackage's Radio or
// SearchBar shows it; imported one by one, each icon goes where its component goes (about 6 KB of inlined SVG out of
// the main package). An import naming anything the index does not export as an icon's default is left as it is.
const fs = require('node:fs')
const path = require('node:path')

const ICONS_PACKAGE = path.dirname(require.resolve('@nutui/icons-react-taro/package.json'))
const INDEX_IMPORT = /import\s*\{([^}]+)\}\s*from\s*["']@nutui\/icons-react-taro["'];?/g

/** Icon name → its file, as the package's index exports it (`export { default as Close } from "./icons/Close.js"`). */
const ICON_FILES = new Map(
  [
    ...fs
      .readFileSync(path.join(ICONS_PACKAGE, 'dist/es/index.es.js'), 'utf8')
      .matchAll(/export\s*\{\s*default as (\w+)\s*\}\s*from\s*"\.\/(icons\/[\w-]+\.js)"/g),
  ].map(([, name, file]) => [name, `@nutui/icons-react-taro/dist/es/${file}`]),
)

function iconImports(source) {
  return source.replace(INDEX_IMPORT, (whole, names) => {
    const specifiers = names
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [imported, local = imported] = s.split(/\s+as\s+/)
        return { imported, local }
      })
    if (!specifiers.every(({ imported }) => ICON_FILES.has(imported))) return whole
    return specifiers.map(({ imported, local }) => `import ${local} from "${ICON_FILES.get(imported)}";`).join('\n')
  })
}

module.exports = function iconImportsLoader(source) {
  return iconImports(source)
}
module.exports.iconImports = iconImports

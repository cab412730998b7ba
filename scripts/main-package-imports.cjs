// The modules the weapp main package loads — src/app.ts, the tab pages in src/pages/** and everything they import by
// value, as the weapp build resolves it (`x.weapp.ts` before `x.ts`, `@/` as src/) — each with the import chain that
// brings it in. .eslintrc.cjs forbids zod in exactly these files, naming the chain; subpackages (src/packages/**) may
// use it. Type-only imports are erased by the build, so they are not followed.
const fs = require('node:fs')
const path = require('node:path')
const ts = require('typescript')

const ROOT = path.resolve(__dirname, '..')
const SRC = path.join(ROOT, 'src')
const EXTENSIONS = ['.weapp.ts', '.weapp.tsx', '.ts', '.tsx', '.js']

/** The main package's entries: the app and every tab page (page configs are read at build time, not bundled). */
function entries() {
  const pages = []
  const walk = (dir) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name)
      if (item.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(item.name) && !/\.config\.ts$/.test(item.name)) pages.push(full)
    }
  }
  walk(path.join(SRC, 'pages'))
  return [path.join(SRC, 'app.ts'), ...pages.sort()]
}

/** The file a relative or `@/` specifier names, or null (a package, a style sheet, an image). */
function resolve(specifier, from) {
  let base
  if (specifier.startsWith('@/')) base = path.join(SRC, specifier.slice(2))
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier)
  else return null
  for (const candidate of [
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => path.join(base, 'index' + e)),
  ]) {
    if (fs.existsSync(candidate)) return candidate
  }
  return null
}

/** The package a bare specifier names (`zod`, `@tarojs/taro`), or null for a path. */
const packageOf = (specifier) =>
  specifier.startsWith('.') || specifier.startsWith('@/')
    ? null
    : specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/')

/** What a module imports by value: static imports and re-exports that are not type-only, and import() calls. */
function valueImports(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found = []
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const named = clause?.namedBindings
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          named &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly))
      if (!onlyTypes) found.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/**
 * Every module the main package loads → the chain from an entry to it (shortest first found), and the packages each
 * imports by value.
 */
function mainPackageModules() {
  const chains = new Map()
  const packages = new Map()
  const queue = []
  for (const entry of entries()) {
    if (fs.existsSync(entry) && !chains.has(entry)) {
      chains.set(entry, [entry])
      queue.push(entry)
    }
  }
  while (queue.length > 0) {
    const file = queue.shift()
    const used = new Set()
    for (const specifier of valueImports(file)) {
      const pkg = packageOf(specifier)
      if (pkg) {
        used.add(pkg)
        continue
      }
      const next = resolve(specifier, file)
      if (next && !chains.has(next)) {
        chains.set(next, [...chains.get(file), next])
        queue.push(next)
      }
    }
    packages.set(file, used)
  }
  return { chains, packages }
}

const relative = (file) => path.relative(ROOT, file).split(path.sep).join('/')

module.exports = { mainPackageModules, relative }

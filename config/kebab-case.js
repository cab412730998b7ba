// Stands in for lodash.kebabcase, which NutUI's ConfigProvider uses only to turn theme keys (nutuiColorPrimaryStop1)
// into CSS variable names (nutui-color-primary-stop-1): lodash's copy carries Unicode word tables (5.5 KB minified)
// for a job that here only ever sees ASCII camelCase. tests/unit/kebab-case.test.ts holds it to lodash's output.
module.exports = function kebabCase(value) {
  return String(value)
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-zA-Z])(\d)/g, '$1-$2')
    .replace(/(\d)([a-zA-Z])/g, '$1-$2')
    .replace(/[^a-zA-Z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
}

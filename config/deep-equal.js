// Stands in for react-fast-compare, which NutUI uses only to compare a ConfigProvider's theme (a flat map of strings)
// and a Picker's value (an array of strings or numbers) between renders: its Map, Set, typed-array and React-element
// branches (2 KB minified) never run here. Arrays, plain objects and primitives, as it compares them;
// tests/unit/deep-equal.test.ts holds it to react-fast-compare's answers.
module.exports = function isEqual(a, b) {
  if (a === b) return true
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false
    if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => isEqual(item, b[i]))
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isEqual(a[key], b[key]))
    )
  }
  return a !== a && b !== b
}

// A webpack loader for `import list from '@/content/news.json?pick=id,title,sources.doc'`: the JSON array with only the
// named fields of each item (`sources.doc`: of the array field `sources`, each element's `doc` only). A tab's list then
// carries what it shows, not every article's body and quotes; the page that shows one item imports the whole file.
// Jest maps the query away (jest.config.js) and gives tests the whole file; the types keep code to the picked fields.
function pick(item, fields) {
  const out = {}
  for (const name of fields) {
    const [head, inner] = name.split('.')
    if (!(head in item)) continue
    if (!inner) out[head] = item[head]
    else if (Array.isArray(item[head])) out[head] = item[head].map((el) => ({ [inner]: el[inner] }))
    else throw new Error(`?pick=${name}: ${head} is not an array`)
  }
  return out
}

module.exports = function pickFieldsLoader(source) {
  const fields = new URLSearchParams(this.resourceQuery.slice(1)).get('pick')
  if (!fields) return source
  const data = JSON.parse(source)
  if (!Array.isArray(data)) throw new Error(`${this.resourcePath}: ?pick= needs a JSON array`)
  return JSON.stringify(data.map((item) => pick(item, fields.split(','))))
}

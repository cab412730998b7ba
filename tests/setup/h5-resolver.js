// jest resolver: jest runs the app as H5, so `./x` resolves to `x.h5.ts` when there is one — what Taro's build does
// for platform files (`x.weapp.ts` / `x.h5.ts` beside a shared `x.ts` that only declares the types).
module.exports = (request, options) => {
  const ours = !options.basedir.includes('/node_modules/')
  if (ours && (request.startsWith('.') || request.startsWith('/'))) {
    try {
      return options.defaultResolver(`${request}.h5`, options)
    } catch {
      // no H5 file: the module itself
    }
  }
  return options.defaultResolver(request, options)
}

// A webpack loader for two of Taro's H5 files that inline an icon font (base64, about 6 KB and 2 KB) into every first
// load: the weui font of @tarojs/components' stylesheet (for its <Icon>, <Checkbox> and <Radio>) and the "taro" font of
// the toast's style (for its success and loading icons). The app uses none of them — View, Text and Image only, and
// every toast is icon: 'none' — so their @font-face rules go; the rest of each file stays as it is.
const INLINE_ICON_FONT = /@font-face\s*\{[^{}]*font-family:\s*["']?(weui|taro)["']?;[^{}]*url\(["']?data:[^{}]*\}/g

/** The source without its inlined weui / taro @font-face rules. */
function dropIconFonts(source) {
  return source.replace(INLINE_ICON_FONT, '')
}

module.exports = function dropIconFontsLoader(source) {
  const kept = dropIconFonts(source)
  if (kept === source) this.emitWarning(new Error(`no inlined icon font found in ${this.resourcePath}: Taro changed?`))
  return kept
}
module.exports.dropIconFonts = dropIconFonts

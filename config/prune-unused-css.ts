// A webpack plugin that drops NutUI style rules the app never uses from the emitted stylesheets (.wxss, .css): the
// icon animations (.nut-icon-am-*, their @keyframes), the button colours, sizes, shapes and fills no page sets, and
// right-to-left layout (every page is direction ltr). NutUI ships them with every component; in the weapp main package
// they cost about 9 KB. Add a name back here when a page starts to use it.
import postcss, { type Root } from 'postcss'
import type { Compiler } from 'webpack'

/** Selectors of rules that go when every selector of the rule matches one of these. */
export const UNUSED_SELECTORS = [
  /^\.nut-icon-am-/,
  /^\.nut-button-(warning|success|info|danger|xlarge|mini|square|dashed)\b/,
  /^\.nut-button-[a-z]+-dashed\b/,
  /^\.nut-rtl\b/,
  /^\[dir=rtl\]/,
]
/** Keyframes only the icon animations use. */
export const UNUSED_KEYFRAMES = /^nut(Jump|JumpOne|Blink|Breathe|Flash|Bounce|Shake)$/

const unused = (selector: string) => UNUSED_SELECTORS.some((pattern) => pattern.test(selector.trim()))

/** Removes the unused rules and keyframes from one stylesheet. */
export function pruneUnusedCss(root: Root): void {
  root.walkRules((rule) => {
    if (rule.selectors.every(unused)) rule.remove()
  })
  root.walkAtRules(/keyframes$/, (atRule) => {
    if (UNUSED_KEYFRAMES.test(atRule.params.trim())) atRule.remove()
  })
}

export class PruneUnusedCssPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PruneUnusedCss', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PruneUnusedCss', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(wxss|css)$/.test(name)) continue
            const root = postcss.parse(assets[name].source().toString())
            pruneUnusedCss(root)
            compilation.updateAsset(name, new sources.RawSource(root.toString()))
          }
        },
      )
    })
  }
}

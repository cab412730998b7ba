// The build drops NutUI styles no page uses (icon animations, unused button colours, sizes and fills, right-to-left
// layout) and keeps everything else.
import postcss from 'postcss'
import { pruneUnusedCss } from '../../config/prune-unused-css'

const pruned = (css: string) => {
  const root = postcss.parse(css)
  pruneUnusedCss(root)
  return root.toString()
}

describe('pruning unused NutUI styles', () => {
  it('drops the icon animations and their keyframes, plain and -webkit-', () => {
    const out = pruned(
      '.nut-icon-am-jump{animation:nutJump 1s}@keyframes nutJump{to{opacity:1}}@-webkit-keyframes nutShake{to{opacity:1}}',
    )
    expect(out).not.toMatch(/nut-icon-am|nutJump|nutShake/)
  })

  it('keeps the button colours the pages use, the loading spin and our own styles', () => {
    const css =
      '.nut-button-primary{color:#fff}.nut-button-default-outline{color:#000}.nut-button-small{height:44px}' +
      '@keyframes rotation{to{transform:rotate(1turn)}}.report__rating{margin:0}'
    expect(pruned(css)).toBe(css)
  })

  it('drops the sizes, shapes, fills and colours no page sets, and right-to-left rules', () => {
    const out = pruned(
      '.nut-button-xlarge{height:1px}.nut-button-mini .nut-button-children{height:1px}.nut-button-danger{color:red}' +
        '.nut-button-primary-dashed-disabled{color:red}.nut-button-dashed{border-style:dashed}' +
        '.nut-button-square{border-radius:0}.nut-rtl .nut-button-text{right:0}[dir=rtl] .nut-cell{right:0}' +
        '.nut-cell{left:0}',
    )
    expect(out).toBe('.nut-cell{left:0}')
  })

  it('drops a rule only when all its selectors are unused', () => {
    const out = pruned('.nut-button-warning,.nut-button-primary{color:#fff}.nut-button-info{color:blue}')
    expect(out).toContain('.nut-button-primary')
    expect(out).not.toContain('.nut-button-info')
  })
})

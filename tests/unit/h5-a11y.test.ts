// In H5, Taro's <taro-button-core> becomes a real button for screen readers and keyboards.
import { installH5ButtonSemantics } from '@/app/h5-a11y'

describe('H5 button semantics', () => {
  it('gives Taro buttons a button role and a tab stop, now and when they appear later', async () => {
    document.body.innerHTML = '<taro-button-core id="a">拨打</taro-button-core>'
    installH5ButtonSemantics(document)
    const first = document.getElementById('a') as HTMLElement
    expect(first.getAttribute('role')).toBe('button')
    expect(first.tabIndex).toBe(0)
    const later = document.createElement('taro-button-core')
    document.body.appendChild(later)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(later.getAttribute('role')).toBe('button')
  })

  it('activates buttons and link cards with Enter and Space, and ignores other keys', () => {
    document.body.innerHTML =
      '<taro-button-core id="b">复制</taro-button-core><div id="c" role="link" tabindex="0">文章</div>'
    installH5ButtonSemantics(document)
    const clicks: string[] = []
    for (const id of ['b', 'c']) document.getElementById(id)?.addEventListener('click', () => clicks.push(id))
    const press = (id: string, key: string) =>
      document.getElementById(id)?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
    press('b', 'Enter')
    press('c', ' ')
    press('c', 'a')
    expect(clicks).toEqual(['b', 'c'])
  })
})

describe('NutUI roles written for the mini-program', () => {
  it('turns aria-role into a real role with a tab stop, and Space toggles a switch', async () => {
    document.body.innerHTML =
      '<div id="s" aria-role="switch" aria-checked="false">置顶</div><div id="r" aria-role="radio">通知</div>'
    installH5ButtonSemantics(document)
    const toggle = document.getElementById('s') as HTMLElement
    expect(toggle.getAttribute('role')).toBe('switch')
    expect(toggle.hasAttribute('aria-role')).toBe(false)
    expect(toggle.tabIndex).toBe(0)
    expect(document.getElementById('r')?.getAttribute('role')).toBe('radio')
    let clicks = 0
    toggle.addEventListener('click', () => clicks++)
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
    expect(clicks).toBe(1)
    // React re-rendering the attribute later is caught too.
    const later = document.createElement('div')
    later.setAttribute('aria-role', 'checkbox')
    document.body.appendChild(later)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(later.getAttribute('role')).toBe('checkbox')
  })
})

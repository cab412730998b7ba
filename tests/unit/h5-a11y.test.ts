// In H5, Taro's <taro-button-core> becomes a real button for screen readers and keyboards.
import { installH5ButtonSemantics } from '../../src/app/h5-a11y'

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

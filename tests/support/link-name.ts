// Links are named by their visible text (WCAG 2.5.3): match a link's accessible name by the texts it shows, in order.
import { computeAccessibleName } from 'dom-accessibility-api'

/** Whitespace between the pieces of a card does not matter (jsdom lays them out inline, a browser may add spaces). */
const squeeze = (text: string) => text.replace(/\s+/g, '')

/** A name matcher for getByRole('link', { name }): the name is exactly `parts`, in this order. */
export function shows(...parts: string[]): (name: string) => boolean {
  return (name) => squeeze(name) === squeeze(parts.join(''))
}

/** A name matcher: the name starts with `parts` (a card's title), whatever it goes on to say. */
export function startsWith(...parts: string[]): (name: string) => boolean {
  return (name) => squeeze(name).startsWith(squeeze(parts.join('')))
}

/** The accessible name of `el`, as a screen reader and voice control get it. */
export function accessibleName(el: Element): string {
  return computeAccessibleName(el)
}

/** A name matcher: the name holds `parts` in this order, with anything between and around them. */
export function holds(...parts: string[]): (name: string) => boolean {
  return (name) => {
    let rest = squeeze(name)
    for (const part of parts.map(squeeze)) {
      const at = rest.indexOf(part)
      if (at < 0) return false
      rest = rest.slice(at + part.length)
    }
    return true
  }
}

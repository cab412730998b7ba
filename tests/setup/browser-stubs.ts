// jest setup (2/3): browser APIs jsdom lacks or gets wrong for Taro's H5 components and NutUI (skipped under
// `@jest-environment node`, which the API tests use).
if (typeof window !== 'undefined') {
  // NutUI's bundle touches canvas at import time (lottie); jsdom has no canvas.
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext

  // Taro's H5 components (<taro-view-core> …) are custom elements with anonymous classes. pretty-format only treats a
  // node as a DOM element when its constructor has a name, so any failing query or expect that prints the DOM
  // recursed through every property and died with "RangeError: Invalid string length". Give each class a DOM-like name.
  const define = customElements.define.bind(customElements)
  customElements.define = (name: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
    if (!constructor.name) {
      const pascal = name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())
      Object.defineProperty(constructor, 'name', { value: `HTML${pascal}Element` })
    }
    define(name, constructor, options)
  }
}

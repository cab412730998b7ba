// The script inlined in index.html after the prerendered screens that starts the app's JavaScript once the first
// screen has painted (not from <script defer> in the head): the text is on the screen before any script is fetched,
// and a script that cannot be fetched (offline, never cached) shows the bar 页面没能打开 · 重试 instead of a dead page.
export interface AppLoaderConfig {
  /** The app's entry scripts, in order (webpack's runtime and vendors first). */
  sources: string[]
  /** The bar shown when one of them fails; a tap on it loads the page again. */
  failedBarId: string
}

/**
 * Inlined as `(${loadAppAfterFirstPaint})(config)`, so no named inner functions or imports. The scripts are added
 * with async = false, so they run in order, after the frame that painted the first screen; a page opened in the
 * background (no frames) starts them after 250 ms.
 */
export function loadAppAfterFirstPaint(config: AppLoaderConfig): void {
  const state = { started: false }
  // (an array, not a named const: tsx's keepNames would wrap a named function in a helper the page does not have)
  const start = [
    () => {
      if (state.started) return
      state.started = true
      for (const src of config.sources) {
        const script = document.createElement('script')
        script.src = src
        script.async = false
        script.onerror = () => {
          const bar = document.getElementById(config.failedBarId)
          if (!bar) return
          bar.hidden = false
          bar.onclick = () => location.reload()
        }
        document.head.appendChild(script)
      }
    },
  ]
  requestAnimationFrame(() => setTimeout(start[0], 0))
  setTimeout(start[0], 250)
}

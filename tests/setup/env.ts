// jest setup (1/3): what Taro's build would provide — TARO_ENV and the config macros (API_BASE is in jest globals).
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'

const g = globalThis as unknown as Record<string, unknown>
// Taro's build strips these macros; in jest they simply return their argument.
g.defineAppConfig = <T>(config: T): T => config
g.definePageConfig = <T>(config: T): T => config

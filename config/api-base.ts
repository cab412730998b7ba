// The API address compiled into the app (API_BASE), checked so that a production mini-program cannot ship without one.
/**
 * Where the app's requests go (`API_BASE`, no trailing slash): '' is the page's own origin — right for H5 and for
 * development. A production mini-program has no origin of its own and WeChat only lets it reach https:// domains
 * configured as its 服务器域名, so a production weapp build without an https:// API_BASE stops here.
 */
export function apiBase(env: NodeJS.ProcessEnv = process.env): string {
  const base = (env.API_BASE ?? '').trim().replace(/\/+$/, '')
  const productionWeapp = env.TARO_ENV === 'weapp' && env.NODE_ENV !== 'development'
  if (productionWeapp && !/^https:\/\/[^/\s]+/.test(base)) {
    throw new Error(
      `微信小程序的生产构建需要 API_BASE=https://…（服务器域名，且已在小程序后台配置为 request 与 uploadFile 合法域名），` +
        `例如 API_BASE=https://api.example.com npm run build:weapp；现在是「${base || '（空）'}」`,
    )
  }
  return base
}

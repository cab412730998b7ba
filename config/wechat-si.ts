// Which version of WeChat's 同声传译 plugin (WechatSI, for 读给我听) the weapp build declares: '' for none and in H5.
// src/app.config.ts reads the variable by the same rule to declare the plugin (it may not import from config/).

export function wechatSiPluginVersion(env: NodeJS.ProcessEnv = process.env): string {
  return env.TARO_ENV === 'weapp' ? (env.WECHAT_SI_PLUGIN_VERSION ?? '').trim() : ''
}

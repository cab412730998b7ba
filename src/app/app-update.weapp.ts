// Mini-program: WeChat downloads a new version in the background; when it is ready the resident is asked, and on
// 重启 it is applied (the app restarts into it). Declined: the new version starts the next cold start anyway.
import Taro from '@tarojs/taro'

export function watchForUpdates(): void {
  const manager = Taro.getUpdateManager()
  manager.onUpdateReady(() => {
    void Taro.showModal({
      title: '更新提示',
      content: '新版本已准备好，是否重启应用？',
      confirmText: '重启',
      cancelText: '稍后',
    }).then(
      ({ confirm }) => {
        if (confirm) manager.applyUpdate()
      },
      () => undefined,
    )
  })
}

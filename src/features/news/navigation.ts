// Navigation within the news feature: an article, the key-figures dashboard, the timeline.
import Taro from '@tarojs/taro'
import { articleUrl, FIGURES_PAGE, TIMELINE_PAGE } from '../../domain/routes'

function go(url: string): void {
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '无法打开页面，请稍后重试', icon: 'none' })
  })
}

export const openArticle = (id: string): void => go(articleUrl(id))
export const openFigures = (): void => go(`/${FIGURES_PAGE}`)
export const openTimeline = (): void => go(`/${TIMELINE_PAGE}`)

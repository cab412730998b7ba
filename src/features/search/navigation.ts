// Where a search result leads: news to the article, a guide to its card, a park to plan-a-visit, a notice to its page;
// a hotline is called rather than opened.
import Taro from '@tarojs/taro'
import type { ResultKind } from '@/domain/global-search'
import { articleUrl, guideUrl, noticeUrl, parkUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'

const URL_OF: Record<Exclude<ResultKind, 'hotline'>, (id: string) => string> = {
  news: articleUrl,
  guide: guideUrl,
  park: parkUrl,
  notice: noticeUrl,
}

export function openResult(kind: Exclude<ResultKind, 'hotline'>, id: string): void {
  navigateTo(URL_OF[kind](id))
}

export function callHotline(number: string): void {
  Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)
}

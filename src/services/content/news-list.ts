// The bundled 要闻文章 as the tabs list them (the 要闻 list, the 月湾湖 links): no body, of the sources only which
// review — the weapp main package and H5's first load carry this, not the whole of news.json (news.ts).
import list from '@/content/news.json?pick=id,year,theme,title,summary,sources.doc'
import type { NewsListItem } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadNewsList = (): Promise<NewsListItem[]> => bundled<NewsListItem[]>(list)

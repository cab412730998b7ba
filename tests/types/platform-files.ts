// Type-only (tsc reads it, jest does not run it): every platform file exports what the shared declaration beside it
// promises, so an H5 or weapp file cannot drift from the other one unnoticed. Taro picks x.h5.ts / x.weapp.ts for
// `x` at build time; tsc only ever sees the declaration x.ts.
import type * as Accessibility from '@/app/accessibility'
import type * as AppUpdate from '@/app/app-update'
import type * as PullRefresh from '@/components/pull-refresh/PullRefresh'
import type * as SinglePageBar from '@/components/single-page-bar/SinglePageBar'
import type * as AriaProps from '@/components/a11y/aria-props'
import type * as PageFrame from '@/components/page-shell/page-frame'
import type * as Share from '@/components/share-button/ShareButton'
import type * as SearchAutofocus from '@/features/search/components/search-autofocus'
import type * as PhotoUpload from '@/services/community/photo-upload'
import type * as Photos from '@/services/community/photos'
import type * as SystemFont from '@/services/system-font'
import type * as MapPoint from '@/services/map-point'
import type * as Speech from '@/services/speech'
import type * as ScrollTo from '@/services/scroll-to'
import * as accessibilityH5 from '@/app/accessibility.h5'
import * as accessibilityWeapp from '@/app/accessibility.weapp'
import * as appUpdateH5 from '@/app/app-update.h5'
import * as appUpdateWeapp from '@/app/app-update.weapp'
import * as pullRefreshH5 from '@/components/pull-refresh/PullRefresh.h5'
import * as pullRefreshWeapp from '@/components/pull-refresh/PullRefresh.weapp'
import * as singlePageBarH5 from '@/components/single-page-bar/SinglePageBar.h5'
import * as singlePageBarWeapp from '@/components/single-page-bar/SinglePageBar.weapp'
import * as ariaPropsH5 from '@/components/a11y/aria-props.h5'
import * as ariaPropsWeapp from '@/components/a11y/aria-props.weapp'
import * as pageFrameH5 from '@/components/page-shell/page-frame.h5'
import * as pageFrameWeapp from '@/components/page-shell/page-frame.weapp'
import * as shareH5 from '@/components/share-button/ShareButton.h5'
import * as shareWeapp from '@/components/share-button/ShareButton.weapp'
import * as searchAutofocusH5 from '@/features/search/components/search-autofocus.h5'
import * as searchAutofocusWeapp from '@/features/search/components/search-autofocus.weapp'
import * as photoUploadH5 from '@/services/community/photo-upload.h5'
import * as photoUploadWeapp from '@/services/community/photo-upload.weapp'
import * as photosH5 from '@/services/community/photos.h5'
import * as photosWeapp from '@/services/community/photos.weapp'
import * as systemFontH5 from '@/services/system-font.h5'
import * as mapPointH5 from '@/services/map-point.h5'
import * as mapPointWeapp from '@/services/map-point.weapp'
import * as systemFontWeapp from '@/services/system-font.weapp'
import * as speechH5 from '@/services/speech.h5'
import * as speechWeapp from '@/services/speech.weapp'
import * as scrollToH5 from '@/services/scroll-to.h5'
import * as scrollToWeapp from '@/services/scroll-to.weapp'

export const platformFiles = [
  [accessibilityH5, accessibilityWeapp] satisfies (typeof Accessibility)[],
  [appUpdateH5, appUpdateWeapp] satisfies (typeof AppUpdate)[],
  [pullRefreshH5, pullRefreshWeapp] satisfies (typeof PullRefresh)[],
  [singlePageBarH5, singlePageBarWeapp] satisfies (typeof SinglePageBar)[],
  [ariaPropsH5, ariaPropsWeapp] satisfies (typeof AriaProps)[],
  [pageFrameH5, pageFrameWeapp] satisfies (typeof PageFrame)[],
  [shareH5, shareWeapp] satisfies (typeof Share)[],
  [searchAutofocusH5, searchAutofocusWeapp] satisfies (typeof SearchAutofocus)[],
  [photoUploadH5, photoUploadWeapp] satisfies (typeof PhotoUpload)[],
  [photosH5, photosWeapp] satisfies (typeof Photos)[],
  [systemFontH5, systemFontWeapp] satisfies (typeof SystemFont)[],
  [mapPointH5, mapPointWeapp] satisfies (typeof MapPoint)[],
  [speechH5, speechWeapp] satisfies (typeof Speech)[],
  [scrollToH5, scrollToWeapp] satisfies (typeof ScrollTo)[],
]

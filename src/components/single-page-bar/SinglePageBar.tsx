// The bar a page shows when WeChat opened it from Moments (single-page mode, scene 1154): such a page cannot
// navigate, so it points to WeChat's own 前往小程序 button. SinglePageBar.weapp.tsx reads the scene;
// SinglePageBar.h5.tsx renders nothing (the browser has no such mode). This file only declares what both export.
import type { ReactElement } from 'react'

export declare function SinglePageBar(): ReactElement | null

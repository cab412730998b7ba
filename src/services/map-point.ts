// A map point for an address (导航 later opens it): map-point.weapp.ts asks WeChat's chooseLocation; map-point.h5.ts
// has no picker (H5 keeps the address text only). Taro picks the platform file; this one only declares what both export.
import type { MapPoint } from '@/domain/verified-facts'
import type { Refusal } from './platform-outcome'

export type MapPick = { ok: true; point: MapPoint } | { ok: false; refusal: Refusal }

/** Whether this platform can pick a point on a map. */
export declare const MAP_PICKER_AVAILABLE: boolean

/** Opens the map to pick the point of an address. */
export declare function chooseMapPoint(): Promise<MapPick>

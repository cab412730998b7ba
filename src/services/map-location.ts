// 导航 to a verified map point, whatever the platform: Taro picks map-location.weapp.ts or map-location.h5.ts.
import type { MapPoint } from '@/domain/verified-facts'

/** False where the platform has no map to open (H5: the button is not shown). */
export declare const canOpenLocation: boolean

/** Opens the system map at the point, named and with its address. */
export declare function openMapLocation(point: MapPoint, name: string, address: string): void

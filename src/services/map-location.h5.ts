// 导航 in H5: no button. A browser has no system map to hand the point to, and a web map link would need a map vendor's
// key and send the person's location to a third party; the verified address text is shown instead.
import type { MapPoint } from '@/domain/verified-facts'

export const canOpenLocation = false

export function openMapLocation(_point: MapPoint, _name: string, _address: string): void {
  // Never called: canOpenLocation is false.
}

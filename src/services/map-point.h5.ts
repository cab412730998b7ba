// H5: no map picker here (chooseLocation needs a map key the app does not have); the address is kept as text only.
import type { MapPick } from './map-point'

export const MAP_PICKER_AVAILABLE = false

export async function chooseMapPoint(): Promise<MapPick> {
  return { ok: false, refusal: { kind: 'failed', detail: '网页版不能在地图上选点' } }
}

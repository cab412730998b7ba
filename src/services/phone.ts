// Dialing a number the app may dial (a verified phone, a national hotline): the system's call dialog; a cancel is fine.
import Taro from '@tarojs/taro'

export function callNumber(number: string): void {
  Taro.makePhoneCall({ phoneNumber: number }).catch(() => {
    // The person cancelled, or the device cannot call: nothing to undo.
  })
}

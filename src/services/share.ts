// Sharing a page outside WeChat (H5): the Web Share API where the browser has it, else the link copied to the clipboard.
import Taro from '@tarojs/taro'

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

export async function shareLink(title: string, url: string): Promise<ShareOutcome> {
  const nav = typeof navigator === 'undefined' ? undefined : navigator
  if (nav?.share) {
    try {
      await nav.share({ title, url })
      return 'shared'
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled'
      // Fall through to copying: some browsers refuse share() outside a user gesture or on http.
    }
  }
  try {
    await Taro.setClipboardData({ data: url })
    return 'copied'
  } catch {
    return 'failed'
  }
}

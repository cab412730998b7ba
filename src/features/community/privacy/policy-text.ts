// The 隐私政策 in plain Chinese for residents: what 小事快办 keeps, why, who sees it, how long and how to delete it.
// Only facts the app and server really do: no retention period is configured for reports, so none is invented.

export interface PolicySection {
  title: string
  paragraphs: string[]
}

/** How long unclaimed photos stay on the server (server/store/photos.ts removes them after a day). */
export const UNCLAIMED_PHOTO_HOURS = 24

export const POLICY_SUMMARY =
  '月湾湖社区小程序只为处理你报告的小问题收集必要的信息，只给本社区的工作人员看，不用于其他用途。'

export const POLICY_SECTIONS: PolicySection[] = [
  {
    title: '我们收集什么',
    paragraphs: [
      '你在「小事快办」里填写的问题类别、问题描述和地点（地点是你自己输入的文字，我们不读取你的定位）。',
      '你选择添加的照片（最多 3 张，上传前在手机上压缩）。',
      '用来认出“这是你的报告”的身份：在微信小程序里是微信给本小程序的一串编号（openid，不是你的微信号、昵称或手机号）；在网页版里是这台设备上随机生成的编号。',
      '不收集你的姓名、手机号、通讯录或位置。浏览通知、办事指南和公园信息不需要提供任何信息。',
    ],
  },
  {
    title: '为什么收集',
    paragraphs: [
      '问题描述、地点和照片让社区工作人员知道哪里出了什么问题、去哪里处理。',
      '身份编号让你换个时间再打开时还能看到「我的报告」和处理进度，也让别人看不到你的报告。',
    ],
  },
  {
    title: '谁能看到',
    paragraphs: [
      '只有你所在社区（月湾湖社区）的工作人员，以及你自己。其他居民看不到你的报告和照片。',
      '工作人员回复时，你看到的是社区的名称，而不是某位工作人员的个人信息。',
    ],
  },
  {
    title: '保存多久',
    paragraphs: [
      '报告和随报告提交的照片的保存期限以社区公示为准。',
      `选了但没有随报告提交的照片，会在 ${UNCLAIMED_PHOTO_HOURS} 小时内自动删除。`,
      '还没填完的草稿和等待发送的报告只保存在你的手机上，提交成功或删除后就会清除。',
    ],
  },
  {
    title: '怎样删除',
    paragraphs: [
      '目前请联系月湾湖社区工作人员（社区居委会），说明要删除你的报告或全部数据，工作人员会在系统中删除报告和照片。',
      '在手机上，删除照片或清空草稿即可去掉尚未提交的内容。',
    ],
  },
  {
    title: '微信的授权',
    paragraphs: [
      '在微信小程序里，第一次添加照片或复制号码时，微信会请你同意《用户隐私保护指引》。不同意也能浏览和提交不带照片的报告，只是不能添加照片和复制。',
      '如果之前点了「拒绝」，下次再点「添加照片」或「复制」时会再次询问，点「同意」即可；如果微信不让使用相册或相机，请点右上角「···」→「设置」打开权限。',
    ],
  },
]

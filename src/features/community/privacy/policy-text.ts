// The 隐私政策 in plain Chinese for residents: what 小事快办 keeps, why, who sees it, how long and how to delete it.
// Only facts the app and server really do: the retention is the server's number (REPORT_RETENTION_DAYS), shown when
// the server answered, never invented when it did not.

export interface PolicySection {
  title: string
  paragraphs: string[]
}

/** How long unclaimed photos stay on the server (server/store/photos.ts removes them after a day). */
export const UNCLAIMED_PHOTO_HOURS = 24

export const POLICY_SUMMARY =
  '月湾湖社区小程序只为处理你报告的小问题收集必要的信息，只给本社区的工作人员看，不用于其他用途。'

/** Said while the server's number is not known (offline, or not yet answered): no number is made up. */
export const RETENTION_UNKNOWN =
  '已办结的报告和随报告提交的照片保存一段时间后由服务器自动删除，具体天数以服务器设定为准。'

/** How long finished reports are kept: the server's number of days, or (offline, unknown) what to rely on instead. */
export function retentionParagraph(days: number | null): string {
  return days === null
    ? RETENTION_UNKNOWN
    : `已办结的报告和随报告提交的照片，在最后一次更新 ${days} 天后由服务器自动删除；还没办结的报告会一直保留到办结。`
}

/** The policy's sections, with the retention the server gave (null: not known). */
export const policySections = (retentionDays: number | null): PolicySection[] => [
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
      retentionParagraph(retentionDays),
      `选了但没有随报告提交的照片，会在 ${UNCLAIMED_PHOTO_HOURS} 小时内自动删除。`,
      '还没填完的草稿和等待发送的报告只保存在你的手机上，提交成功或删除后就会清除。',
    ],
  },
  {
    title: '怎样删除',
    paragraphs: [
      '删除一条报告：在「小事快办」→「我的报告」里点这条报告下的「删除」。报告、处理记录和照片会从服务器上删除，不能恢复；正在处理中的报告也可以删除，工作人员将不再看到它。',
      '删除我的全部数据：点本页下方或「我的报告」下方的「删除我的全部数据」。服务器上你的全部报告、处理记录、照片和登录状态都会删除，这台手机上的草稿和待发送的报告也会清除。删除需要联网，不能恢复。',
      '在手机上，删除照片或清空草稿即可去掉尚未提交的内容。',
    ],
  },
  {
    title: '微信的授权',
    paragraphs: [
      '在微信小程序里，第一次添加照片或复制号码时，微信会请你同意《用户隐私保护指引》。不同意也能浏览和提交不带照片的报告，只是不能添加照片和复制。',
      '如果之前点了「拒绝」，下次再点「添加照片」或「复制」时会再次询问，点「同意」即可；如果微信不让使用相册或相机，请点右上角「···」→「设置」打开权限。',
      '社区工作人员核实公园或办事地点时，可以用微信的「选择位置」在地图上标出那处地方，方便居民导航；标的是那处地方，不读取居民或工作人员自己的定位。',
    ],
  },
]

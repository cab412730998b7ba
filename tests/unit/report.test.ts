// Resident reports: photos (JPEG/PNG/WebP data URLs, ≤ 2 MB each, at most 3), the text fields, and a status timeline
// 已提交 → 已受理 → 处理中 → 已办结 that only moves forward, with the worker's replies.
import { BODY_LIMIT_BYTES } from '@/domain/api-contract'
import { applyReportUpdate, canMoveReport, createReport, nextReportStatuses } from '@/domain/report-lifecycle'
import {
  base64Bytes,
  MAX_PHOTO_BYTES,
  parsePhotoDataUrl,
  reportCreateSchema,
  reportPatchSchema,
  type ReportPatchInput,
  type ReportRecord,
} from '@/domain/report'
import { validate } from '@/domain/validation'

const image = (type: string, header: number[], bytes: number) => {
  const buffer = Buffer.alloc(bytes)
  buffer.set(header)
  return `data:${type};base64,${buffer.toString('base64')}`
}
const JPEG = [0xff, 0xd8, 0xff, 0xe0]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]
const WEBP = [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]
const jpeg = (bytes: number) => image('image/jpeg', JPEG, bytes)

const valid = { category: '环境卫生', description: '3 号楼门口垃圾桶满了', place: '月湾湖社区 3 号楼' }
const worker = { id: 'worker-1', name: '王社工' }
const now = new Date('2026-05-01T02:00:00Z')
const later = (hours: number) => new Date(now.getTime() + hours * 3600_000)

describe('photos', () => {
  it('accepts JPEG, PNG and WebP by their real first bytes, and reads the size without decoding', () => {
    expect(parsePhotoDataUrl(jpeg(1000))).toMatchObject({ ok: true, photo: { type: 'image/jpeg', bytes: 1000 } })
    expect(parsePhotoDataUrl(image('image/png', PNG, 1001))).toMatchObject({ ok: true, photo: { bytes: 1001 } })
    expect(parsePhotoDataUrl(image('image/webp', WEBP, 1002))).toMatchObject({ ok: true, photo: { bytes: 1002 } })
    expect([base64Bytes('QQ=='), base64Bytes('QUI='), base64Bytes('QUJD')]).toEqual([1, 2, 3])
  })

  it('refuses other types, broken base64, and bytes that are not the image they claim to be', () => {
    expect(parsePhotoDataUrl(image('image/gif', [0x47, 0x49, 0x46], 100))).toEqual({ ok: false, problem: 'format' })
    expect(parsePhotoDataUrl('data:image/jpeg;base64,/9j/4A=')).toEqual({ ok: false, problem: 'format' })
    expect(parsePhotoDataUrl('https://example.com/a.jpg')).toEqual({ ok: false, problem: 'format' })
    expect(parsePhotoDataUrl(image('image/jpeg', PNG, 100))).toEqual({ ok: false, problem: 'content' })
    expect(parsePhotoDataUrl(`data:image/png;base64,${Buffer.from('<html>').toString('base64')}`)).toEqual({
      ok: false,
      problem: 'content',
    })
  })

  it('takes a photo of exactly 2 MB and refuses one byte more', () => {
    expect(parsePhotoDataUrl(jpeg(MAX_PHOTO_BYTES)).ok).toBe(true)
    expect(parsePhotoDataUrl(jpeg(MAX_PHOTO_BYTES + 1))).toEqual({ ok: false, problem: 'size' })
  })

  it('says which photo is too big, and that 3 is the most', () => {
    const big = validate(reportCreateSchema, { ...valid, photos: [jpeg(10), jpeg(MAX_PHOTO_BYTES + 1)] })
    expect(big.ok || big.error.fields).toEqual({ 'photos.1': '第 2 张照片有 2.0 MB，超过 2 MB，请压缩后再传' })
    const four = validate(reportCreateSchema, { ...valid, photos: [jpeg(10), jpeg(10), jpeg(10), jpeg(10)] })
    expect(four.ok || four.error.fields).toEqual({ photos: '最多 3 张照片' })
    const gif = validate(reportCreateSchema, { ...valid, photos: ['data:image/gif;base64,R0lG'] })
    expect(gif.ok || gif.error.fields).toEqual({ 'photos.0': '第 1 张照片格式不对：只支持 JPEG、PNG 或 WebP 图片' })
  })

  it('lets a 2 MB photo through the photo upload limit, while JSON bodies stay small', () => {
    expect(BODY_LIMIT_BYTES.photo).toBeGreaterThanOrEqual(MAX_PHOTO_BYTES)
    expect(BODY_LIMIT_BYTES.photo).toBeLessThan(3 * 1024 * 1024)
    expect(BODY_LIMIT_BYTES.default).toBeLessThan(MAX_PHOTO_BYTES / 10)
  })
})

describe('what a resident types into a report', () => {
  it('needs a category, a description and a place, in Chinese', () => {
    const result = validate(reportCreateSchema, { category: '闲聊' })
    expect(result.ok || result.error.fields).toEqual({
      category: '请选择类别：环境卫生、设施报修、绿化养护、噪音扰民、停车交通、安全隐患、信息纠错、其他',
      description: '请填写问题描述',
      place: '请填写地点',
    })
  })

  it('keeps the description as plain text with its line breaks; the place on one line', () => {
    const result = validate(reportCreateSchema, { ...valid, description: '灯坏了\r\n<很暗>', place: '3 号楼\n东门' })
    expect(result.ok && [result.data.description, result.data.place]).toEqual(['灯坏了\n<很暗>', '3 号楼 东门'])
  })
})

describe('the status timeline', () => {
  const submitted = (): ReportRecord => {
    const parsed = validate(reportCreateSchema, valid)
    if (!parsed.ok) throw new Error('schema')
    return createReport(parsed.data, { id: 'r1', number: 'YWH-20261201-0001', ownerId: 'resident-a', photos: [], now })
  }
  const update = (report: ReportRecord, input: ReportPatchInput, hours = 1) => {
    const parsed = validate(reportPatchSchema, input)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
    return applyReportUpdate(report, parsed.data, worker, later(hours))
  }

  it('starts at 已提交 and moves only forward, steps may be skipped', () => {
    expect(submitted().timeline).toEqual([{ status: 'submitted', at: now.toISOString(), reply: null, by: null }])
    expect(nextReportStatuses('accepted')).toEqual(['in-progress', 'resolved'])
    expect(canMoveReport('accepted', 'resolved')).toBe(true)
    expect(canMoveReport('in-progress', 'accepted')).toBe(false)
  })

  it('adds each step with the worker and their reply', () => {
    const accepted = update(submitted(), { status: 'accepted', reply: '已派人查看' })
    if (!accepted.ok) throw new Error('accept')
    const resolved = update(accepted.report, { status: 'resolved', reply: '已清运' }, 3)
    if (!resolved.ok) throw new Error('resolve')
    expect(resolved.report.status).toBe('resolved')
    expect(resolved.report.timeline.slice(1)).toEqual([
      { status: 'accepted', at: later(1).toISOString(), reply: '已派人查看', by: worker },
      { status: 'resolved', at: later(3).toISOString(), reply: '已清运', by: worker },
    ])
  })

  it('refuses to go back, naming both steps', () => {
    const inProgress = update(submitted(), { status: 'in-progress' })
    if (!inProgress.ok) throw new Error('progress')
    const message = '已是「处理中」，状态只能向前推进，不能改回「已受理」'
    expect(update(inProgress.report, { status: 'accepted' })).toEqual({
      ok: false,
      status: 409,
      error: message,
      fields: { status: message },
    })
  })

  it('takes a reply without a new status, and ignores the same update sent twice', () => {
    const replied = update(submitted(), { reply: '收到，明天处理' })
    if (!replied.ok) throw new Error('reply')
    expect(replied.report.timeline.at(-1)).toMatchObject({ status: 'submitted', reply: '收到，明天处理' })
    expect(update(replied.report, { reply: '收到，明天处理' })).toMatchObject({ ok: true, changed: false })
    expect(update(replied.report, { status: 'submitted' })).toMatchObject({ ok: true, changed: false })
  })

  it('asks for a status or a reply', () => {
    const empty = validate(reportPatchSchema, {})
    expect(empty.ok || empty.error).toEqual({ error: '请选择新的状态或填写回复' })
    const wrong = validate(reportPatchSchema, { status: 'done' })
    expect(wrong.ok || wrong.error.fields?.status).toMatch(/^状态只能是：submitted（已提交）/)
  })
})

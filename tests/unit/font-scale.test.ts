// 长辈版 as the first choice follows the phone's text size: WeChat's own factor when it gives one, else the font size
// over the standard of the phone's system — 16 px on Android, 17 px on iOS — so an Android phone one step up
// (20 px) starts in 长辈版 as an iPhone at 21 px does, and nothing unknown does.
import { ELDER_FONT_SCALE, fontScale, prefersElderMode, type FontReading } from '@/domain/font-scale'

const elder = (reading: FontReading) => prefersElderMode(fontScale(reading))

describe('the phone’s text size as a factor', () => {
  it('is WeChat’s fontSizeScaleFactor when given, whatever the px say', () => {
    expect(fontScale({ host: 'wechat', scaleFactor: 1.4, px: 17 })).toBe(1.4)
    expect(fontScale({ host: 'wechat-android', scaleFactor: 1, px: 24 })).toBe(1)
  })

  it('is the px over 16 on Android and over 17 on iOS otherwise', () => {
    expect(fontScale({ host: 'wechat-android', px: 16 })).toBe(1)
    expect(fontScale({ host: 'wechat-android', px: 20 })).toBe(1.25)
    expect(fontScale({ host: 'wechat', px: 17 })).toBe(1)
    expect(fontScale({ host: 'browser', px: 16 })).toBe(1)
  })

  it('is unknown without a usable reading', () => {
    expect(fontScale({ host: 'wechat' })).toBeNull()
    expect(fontScale({ host: 'wechat', scaleFactor: 0, px: Number.NaN })).toBeNull()
    expect(fontScale({ host: 'browser', px: null })).toBeNull()
  })
})

describe('starting in 长辈版', () => {
  it.each<[string, FontReading, boolean]>([
    ['Android at its standard 16 px', { host: 'wechat-android', px: 16 }, false],
    ['Android one step down from 20 px (19 px)', { host: 'wechat-android', px: 19 }, false],
    ['Android at 20 px', { host: 'wechat-android', px: 20 }, true],
    ['iOS at its standard 17 px', { host: 'wechat', px: 17 }, false],
    ['iOS at 20 px', { host: 'wechat', px: 20 }, false],
    ['iOS at 21 px', { host: 'wechat', px: 21 }, true],
    ['WeChat’s factor 1.2', { host: 'wechat', scaleFactor: 1.2 }, true],
    ['WeChat’s factor 1.1', { host: 'wechat-android', scaleFactor: 1.1, px: 20 }, false],
    ['a browser at 16 px', { host: 'browser', px: 16 }, false],
    ['a browser at 20 px', { host: 'browser', px: 20 }, true],
    ['nothing known', { host: 'wechat' }, false],
  ])('%s', (_, reading, expected) => {
    expect(elder(reading)).toBe(expected)
  })

  it('starts from a factor of 1.2 exactly', () => {
    expect(prefersElderMode(ELDER_FONT_SCALE)).toBe(true)
    expect(prefersElderMode(1.19)).toBe(false)
    expect(prefersElderMode(null)).toBe(false)
  })
})

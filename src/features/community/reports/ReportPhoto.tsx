// One photo of a report: the image when its URL was given; otherwise what WeChat's check says — 审核中 (workers see
// it once the check passes) or 图片未通过安全检测 (never shown). The reporter sees her own pending photo, marked 审核中.
import { View, Text, Image } from '@tarojs/components'
import type { PhotoView } from '@/domain/api-contract'
import { PHOTO_CHECK_LABELS } from '@/domain/report'
import { photoUrl } from '@/services/community/community-api'

interface ReportPhotoProps {
  photo: PhotoView
  alt: string
  /** The image failed to load (its signed URL may have expired): the list asks for fresh URLs. */
  onError?: () => void
}

export function ReportPhoto({ photo, alt, onError }: ReportPhotoProps) {
  const check = photo.check ?? 'passed'
  if (photo.url === null) {
    const label = check === 'refused' ? PHOTO_CHECK_LABELS.refused : PHOTO_CHECK_LABELS.pending
    return (
      <View className='report__photo report__photo--placeholder' {...{ role: 'img' }} aria-label={`${alt}：${label}`}>
        <Text className='report__photo-label'>{label}</Text>
      </View>
    )
  }
  const image = (
    <Image
      className='report__photo'
      src={photoUrl(photo.url)}
      mode='aspectFill'
      lazyLoad
      aria-label={alt}
      nativeProps={{ alt }}
      onError={onError}
    />
  )
  if (check !== 'pending') return image
  return (
    <View className='report__thumb'>
      {image}
      <Text className='report__hint'>{`${PHOTO_CHECK_LABELS.pending}，通过后工作人员可见`}</Text>
    </View>
  )
}

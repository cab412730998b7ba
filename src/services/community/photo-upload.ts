// What uploading one report photo looks like, whatever the platform: Taro picks photo-upload.weapp.ts or
// photo-upload.h5.ts for `./photo-upload` at build time (jest, an H5 run, resolves the .h5 file the same way).
import type { PhotoView } from '@/domain/api-contract'

export interface PhotoUpload {
  /** The photo as the form keeps it: data:image/…;base64,… */
  dataUrl: string
  /** Bearer token of the sender (the report's sender: resident or worker). */
  token: string
  /** Idempotency-Key: the same for every retry of this photo of this outbox entry. */
  key: string
  /** Which photo (1-based), for messages. */
  number: number
}

/** POST /api/photos with one file in PHOTO_UPLOAD_FIELD; the stored photo, or an ApiRequestError. */
export type UploadPhoto = (upload: PhotoUpload) => Promise<PhotoView>

export declare const uploadPhoto: UploadPhoto

// Photos for a report: the platform's picker (photos.weapp.ts: chooseMedia + compressImage + readFile as base64;
// photos.h5.ts: a file input + canvas), each photo shrunk until it fits 2 MB and checked to be a real image
// (photo-fit.ts); a file that cannot be used comes back with a Chinese message naming it, the others are kept.
// Taro picks the platform file for the build; this one only declares what both export.
import type { Refusal } from '@/services/platform-outcome'
import type { PickedPhoto } from './photo-fit'

export type { PickedPhoto } from './photo-fit'

/** The photos picked (each usable or why not), or why the picker did not give any: cancelled, not allowed, failed. */
export type PhotoChoice = { ok: true; photos: PickedPhoto[] } | { ok: false; refusal: Refusal }

/** What an <Image> can show for photos held as data URLs (in weapp, files written for them). */
export declare function photoPreviews(dataUrls: readonly string[]): Promise<string[]>

/** Lets the resident choose up to `count` photos; each comes back as a data URL that fits, or why not. */
export declare function choosePhotos(count: number): Promise<PhotoChoice>

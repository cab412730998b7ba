// The workers' side of verified facts: publish one verified value (POST), read a field's history (GET, workers of the
// community) — through the api-client and the worker session.
import { API_PATHS } from '@/domain/api-paths'
import {
  verifiedFactHistorySchema,
  verifiedFactResponseSchema,
  type FactSubject,
  type VerifiedFact,
  type VerifyBodyInput,
} from '@/domain/verified-facts'
import { parseOrNull } from '@/domain/validation'
import { apiRequest } from '@/services/api-client'
import { uploadPhoto } from './photo-upload'
import { workerSession } from './session'

function workerToken(): string {
  const session = workerSession()
  if (!session) throw new Error('请先登录工作人员账号')
  return session.token
}

/** POST the verification; the fact as the server stored it (a 422 names the fields it refused). */
export async function publishVerifiedFact(body: VerifyBodyInput): Promise<VerifiedFact> {
  const { fact } = await apiRequest({
    method: 'POST',
    path: API_PATHS.verifiedFacts,
    data: body,
    token: workerToken(),
    parse: parseOrNull(verifiedFactResponseSchema),
  })
  return fact
}

/** Every verification of one field, newest first. */
export async function fetchFactHistory(subject: FactSubject): Promise<VerifiedFact[]> {
  const query = `kind=${subject.kind}&id=${encodeURIComponent(subject.id)}&field=${encodeURIComponent(subject.field)}`
  const { history } = await apiRequest({
    method: 'GET',
    path: `${API_PATHS.verifiedFactHistory}?${query}`,
    token: workerToken(),
    parse: parseOrNull(verifiedFactHistorySchema),
  })
  return history
}

/** Uploads the photo of the notice (the reports' photo upload, as the worker); its id for `evidence.photoId`. */
export async function uploadEvidencePhoto(dataUrl: string, key: string): Promise<string> {
  const photo = await uploadPhoto({ dataUrl, token: workerToken(), key, number: 1 })
  return photo.id
}

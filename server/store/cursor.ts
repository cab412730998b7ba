// Opaque page cursors: the sort key of the last row sent, as base64url JSON; anything that does not decode is refused.
export function encodeCursor(value: Record<string, string | boolean>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

/** The cursor's fields when each named one is present with the given type; null for anything else. */
export function decodeCursor<T extends Record<string, 'string' | 'boolean'>>(
  text: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : boolean } | null {
  if (text.length > 400) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (!value || typeof value !== 'object') return null
  const record = value as Record<string, unknown>
  for (const [key, type] of Object.entries(shape)) if (typeof record[key] !== type) return null
  return record as { [K in keyof T]: T[K] extends 'string' ? string : boolean }
}

/** An ISO time from a cursor, or null. */
export function cursorTime(text: string): Date | null {
  const t = Date.parse(text)
  return Number.isNaN(t) ? null : new Date(t)
}

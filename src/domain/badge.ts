// What a count badge says (the tab bar's and NutUI's): the count, 99+ beyond 99, nothing for none. Zod-free: the
// 月湾湖 tab in the weapp main package uses it.

/** The badge text for `count`, or null for none (no badge). */
export const badgeText = (count: number): string | null => (count <= 0 ? null : count > 99 ? '99+' : String(count))

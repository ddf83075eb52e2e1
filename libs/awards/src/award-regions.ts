/** The five UNESCO regions, as the award counts its quota. */
export const UNESCO_REGIONS = ['africa', 'arab-states', 'asia-pacific', 'europe-north-america', 'latin-america-caribbean'] as const;
export type UnescoRegion = (typeof UNESCO_REGIONS)[number];

export const REGION_NAMES: Record<UnescoRegion, string> = {
  africa: 'Africa',
  'arab-states': 'Arab States',
  'asia-pacific': 'Asia and the Pacific',
  'europe-north-america': 'Europe and North America',
  'latin-america-caribbean': 'Latin America and the Caribbean',
};

/**
 * A name as typed on a plain keyboard: diacritics dropped, đ as d, lower case. "Sơn La" is found
 * by "son la", "Đà Nẵng" by "da nang".
 */
export function searchName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

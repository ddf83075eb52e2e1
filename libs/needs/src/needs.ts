/**
 * The needs caterers and venues in the region plan for. Fixed keys so that counts add up across
 * languages; anything else goes in the free text, which the retention sweep erases (counts kept).
 */
export const DIETARY_CHOICES = [
  'vegetarian',
  'vegan',
  'halal',
  'kosher',
  'no-pork',
  'no-beef',
  'gluten-free',
  'lactose-free',
  'nut-allergy',
  'seafood-allergy',
] as const;
export type DietaryChoice = (typeof DIETARY_CHOICES)[number];

export const ACCESSIBILITY_CHOICES = ['wheelchair', 'sign-language', 'hearing-loop', 'large-print', 'assistance'] as const;
export type AccessibilityChoice = (typeof ACCESSIBILITY_CHOICES)[number];

/** The short mark printed in a circle on a badge; letters every badge font has. */
export const DIETARY_ICONS: Record<DietaryChoice, string> = {
  vegetarian: 'V',
  vegan: 'VG',
  halal: 'H',
  kosher: 'K',
  'no-pork': 'NP',
  'no-beef': 'NB',
  'gluten-free': 'GF',
  'lactose-free': 'LF',
  'nut-allergy': 'N',
  'seafood-allergy': 'SF',
};

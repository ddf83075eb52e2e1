import type { RegistrationEntity, RegistrationResponse } from '@app/registration';

export function toRegistrationResponse(r: RegistrationEntity, category: string, waitlistPosition: number | null): RegistrationResponse {
  return {
    id: r.id,
    state: r.state,
    category,
    fullName: r.fullName,
    title: r.title,
    organisation: r.organisation,
    city: r.city,
    country: r.country,
    email: r.email,
    language: r.language,
    dietaryNeeds: r.dietaryNeeds,
    dietaryChoices: r.dietaryChoices,
    accessibilityNeeds: r.accessibilityNeeds,
    accessibilityChoices: r.accessibilityChoices,
    visaLetterNeeded: r.visaLetterNeeded,
    delegationId: r.delegationId,
    isDelegationHead: r.isDelegationHead,
    waitlistPosition,
    badgeCode: r.state === 'confirmed' ? r.badgeCode : null,
    offerExpiresAt: r.offerExpiresAt ? r.offerExpiresAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  };
}

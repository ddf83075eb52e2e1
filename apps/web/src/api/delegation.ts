/**
 * A delegation as both the delegation head (GET /registrations/manage/{token}/delegation) and the organisers
 * (GET /events/{slug}/delegations) receive it. The OpenAPI document gives these responses no schema, so the
 * shape is written here once (DelegationWithMembers in libs/registration/src/delegation.service.ts).
 */
export interface Delegation {
  id: string;
  city: string;
  country: string;
  gnlcMember: boolean;
  members: { id: string; fullName: string; email: string; state: string; isHead: boolean; category: string }[];
}

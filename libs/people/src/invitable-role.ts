import type { EventRole } from '@app/auth';

/** Roles an organiser hands out by invitation. Delegates register themselves; nobody is invited to be one. */
export const INVITABLE_ROLES = ['organiser', 'staff', 'speaker', 'juror', 'representative'] as const satisfies readonly EventRole[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

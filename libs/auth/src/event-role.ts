export const EVENT_ROLES = ['organiser', 'staff', 'delegate', 'speaker', 'juror', 'representative', 'commission'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

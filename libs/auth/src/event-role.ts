export const EVENT_ROLES = ['organiser', 'staff', 'delegate', 'speaker', 'juror', 'representative'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

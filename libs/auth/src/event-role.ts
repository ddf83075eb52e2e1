export const EVENT_ROLES = ['organiser', 'staff', 'delegate', 'speaker', 'juror'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

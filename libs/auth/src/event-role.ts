export const EVENT_ROLES = ['organiser', 'delegate', 'speaker', 'juror'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

import type { EntityManager } from 'typeorm';

export interface SlideState {
  currentVersion: number | null;
  uploadedAt: Date | null;
  public: boolean;
}

/** The slides of these slots (latest version, when, public or not) and each event's hours before a slot that slides are due. */
export async function slideStates(
  manager: EntityManager,
  slotIds: string[],
  eventIds: string[],
): Promise<{ slots: Map<string, SlideState>; dueHours: Map<string, number> }> {
  if (slotIds.length === 0) return { slots: new Map(), dueHours: new Map() };
  const [states, settings]: [({ slotId: string } & SlideState)[], { eventId: string; hours: number }[]] = await Promise.all([
    manager.query(
      `SELECT wanted_id AS "slotId",
              (SELECT max(version) FROM slide_versions v WHERE v.slot_id = wanted_id) AS "currentVersion",
              (SELECT max(uploaded_at) FROM slide_versions v WHERE v.slot_id = wanted_id) AS "uploadedAt",
              EXISTS (SELECT 1 FROM public_slides p WHERE p.slot_id = wanted_id) AS public
         FROM unnest($1::uuid[]) AS wanted(wanted_id)`,
      [slotIds],
    ),
    manager.query(`SELECT event_id AS "eventId", slides_due_hours_before AS hours FROM speaker_settings WHERE event_id = ANY($1::uuid[])`, [eventIds]),
  ]);
  return {
    slots: new Map(states.map(({ slotId, ...state }) => [slotId, state])),
    dueHours: new Map(settings.map((row) => [row.eventId, row.hours])),
  };
}

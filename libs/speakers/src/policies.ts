import type { EventRef } from '@app/auth';
import type { SlotRelation } from './slot-access.js';
import { SpeakersError } from './speakers.error.js';

/** Someone with no business at a slot is told it does not exist, so slot ids reveal nothing. */
export function requireSlotSpeakerOrOrganiser(event: EventRef, slotId: string, relation: SlotRelation): void {
  if (!relation.organiser && !relation.speaker) throw new SpeakersError('SLOT_NOT_FOUND', `No slot ${slotId} in event "${event.slug}"`, { slotId });
}

/**
 * Who sees slides without their being public: organisers every version; the slot's speakers and
 * staff (the AV team) the current one. Everyone else waits for public slides of a slot that is over.
 */
export function maySeeSlides(relation: SlotRelation, isCurrent: boolean): boolean {
  return relation.organiser || (isCurrent && (relation.speaker || relation.staff));
}

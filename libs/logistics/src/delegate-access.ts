import { RegistrationEntity, RegistrationService } from '@app/registration';
import type { EntityManager } from 'typeorm';
import { LogisticsError } from './logistics.error.js';

/**
 * Whose travel or room a private link may change: the delegate's own, or, for the head of a delegation,
 * a member's. The row is locked, so a cancellation running at the same time waits for the booking.
 */
export async function registrationFor(
  registrations: RegistrationService,
  manager: EntityManager,
  token: string,
  memberId?: string,
): Promise<RegistrationEntity> {
  const holder = await registrations.findByToken(token, manager, !memberId);
  if (!memberId || memberId === holder.id) return holder;
  if (!holder.isDelegationHead || !holder.delegationId || holder.state === 'cancelled' || holder.state === 'rejected')
    throw new LogisticsError('NOT_DELEGATION_MEMBER', 'Only the head of a delegation acts for its members', { memberId });
  const member = await registrations.findInEvent(holder.eventId, memberId, manager, true).catch(() => null);
  if (!member || member.delegationId !== holder.delegationId)
    throw new LogisticsError('NOT_DELEGATION_MEMBER', `No member ${memberId} in this delegation`, { memberId });
  return member;
}

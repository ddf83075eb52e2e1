import type { EntityManager } from 'typeorm';

/** Who changes a registration, as its history shows: a signed-in user, or the delegate through their private link. */
export type RegistrationActor = { userId: string } | 'delegate';

/** Names the actor for the history trigger, for the rest of this transaction only. */
export async function actAs(manager: EntityManager, actor: RegistrationActor): Promise<void> {
  await manager.query(`SELECT set_config('plenary.actor', $1, true)`, [actor === 'delegate' ? 'delegate' : actor.userId]);
}

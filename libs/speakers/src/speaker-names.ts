import type { AuthService } from '@app/auth';
import { speakerSlots } from '@app/programme';
import type { EntityManager } from 'typeorm';

/**
 * The names of each slot's speakers as printed (profile name, else account name), in speaking
 * position and then by account name: three batched reads, one per owner (programme, auth, speakers).
 */
export async function speakerNamesOf(manager: EntityManager, auth: AuthService, slotIds: string[]): Promise<Map<string, string[]>> {
  const onSlots = await speakerSlots.speakersOf(manager, slotIds);
  const userIds = [...new Set(onSlots.map((row) => row.userId))];
  const accounts = await auth.namesOf(userIds, manager);
  const rank = new Map(accounts.map((account, index) => [account.id, index]));
  const names = new Map(accounts.map((account) => [account.id, account.displayName]));
  if (userIds.length) {
    const profiles: { userId: string; name: string }[] = await manager.query(
      `SELECT user_id AS "userId", name FROM speaker_profiles WHERE user_id = ANY($1::uuid[]) AND name IS NOT NULL`,
      [userIds],
    );
    for (const profile of profiles) names.set(profile.userId, profile.name);
  }
  const bySlot = new Map<string, string[]>(slotIds.map((id) => [id, []]));
  const ordered = onSlots.filter((row) => rank.has(row.userId)).sort((a, b) => a.position - b.position || rank.get(a.userId)! - rank.get(b.userId)!);
  for (const row of ordered) bySlot.get(row.slotId)?.push(names.get(row.userId)!);
  return bySlot;
}

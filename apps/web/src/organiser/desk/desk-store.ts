import { type DBSchema, openDB } from 'idb';
import type { Schemas } from '../../api/client';
import { forgetDeskShell } from './desk-shell';

export type DeskSnapshot = Schemas['DeskSnapshotResponse'] & { slug: string; desk: string };
export interface QueuedScan {
  clientId: string;
  slug: string;
  badgeCode: string;
  at: string;
  fullName: string;
  /** A scan at a session's door (attendance) rather than the day's check-in. */
  sessionId?: string;
}

interface DeskDb extends DBSchema {
  snapshots: { key: string; value: DeskSnapshot };
  queue: { key: string; value: QueuedScan; indexes: { bySlug: string } };
}

/** The desk's own copy of the badges and of the scans not yet synced, kept in this browser only (IndexedDB). */
const db = () =>
  openDB<DeskDb>('plenary-check-in-desk', 1, {
    upgrade(database) {
      database.createObjectStore('snapshots', { keyPath: 'slug' });
      database.createObjectStore('queue', { keyPath: 'clientId' }).createIndex('bySlug', 'slug');
    },
  });

export async function saveSnapshot(snapshot: DeskSnapshot): Promise<void> {
  await (await db()).put('snapshots', snapshot);
}

export async function loadSnapshot(slug: string): Promise<DeskSnapshot | undefined> {
  return (await db()).get('snapshots', slug);
}

export async function enqueue(scan: QueuedScan): Promise<void> {
  await (await db()).put('queue', scan);
}

export async function queued(slug: string): Promise<QueuedScan[]> {
  const scans = await (await db()).getAllFromIndex('queue', 'bySlug', slug);
  return scans.sort((a, b) => a.at.localeCompare(b.at));
}

export async function unqueue(clientIds: string[]): Promise<void> {
  const tx = (await db()).transaction('queue', 'readwrite');
  await Promise.all([...clientIds.map((id) => tx.store.delete(id)), tx.done]);
}

/** Signing out ends the desk: nobody else at this browser reads the delegates' names afterwards. */
export async function wipeDesks(): Promise<void> {
  await forgetDeskShell().catch(() => undefined);
  const database = await db();
  await Promise.all([database.clear('snapshots'), database.clear('queue')]);
  database.close();
}

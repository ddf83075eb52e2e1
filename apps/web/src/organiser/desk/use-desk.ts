import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { api, type Schemas, tokenStore, unwrap } from '../../api/client';
import { keepDeskShell } from './desk-shell';
import { type DeskSnapshot, enqueue, loadSnapshot, type QueuedScan, queued, saveSnapshot, unqueue } from './desk-store';

export type SyncReport = Schemas['DeskScanResult'] & { badgeCode: string; atDoor: boolean };
export type OfflineScan =
  { kind: 'queued'; scan: QueuedScan; badge: DeskSnapshot['badges'][number] } | { kind: 'already'; scan: QueuedScan } | { kind: 'unknown'; code: string };

// randomUUID exists only in secure contexts; a desk on the venue's LAN may be served over plain http.
export const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
        (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (Number(c) / 4)))).toString(16),
      );

/**
 * A check-in desk that keeps working when the venue's network does not: it holds the confirmed badges,
 * records scans locally while offline, and sends them when the network is back (the server counts each once).
 */
export function useDesk(slug: string, zone: string) {
  const client = useQueryClient();
  const [snapshot, setSnapshot] = useState<DeskSnapshot>();
  const [pending, setPending] = useState<QueuedScan[]>([]);
  const [online, setOnline] = useState(navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [report, setReport] = useState<SyncReport[]>([]);
  const [synced, setSynced] = useState(0);
  // Which door this desk stands at: '' for the entrance (the day's check-in), else a session's id.
  const doorKey = `plenary.desk-door.${slug}`;
  const [door, setDoorState] = useState(() => localStorage.getItem(doorKey) ?? '');
  const setDoor = useCallback(
    (next: string) => {
      if (next) localStorage.setItem(doorKey, next);
      else localStorage.removeItem(doorKey);
      setDoorState(next);
    },
    [doorKey],
  );

  useEffect(() => {
    void loadSnapshot(slug).then(setSnapshot);
    void queued(slug).then(setPending);
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [slug]);

  const start = useCallback(
    async (desk: string) => {
      const fresh = await unwrap(api.GET('/events/{slug}/check-ins/desk-snapshot', { params: { path: { slug } } }));
      const next = { ...fresh, slug, desk };
      await saveSnapshot(next);
      setSnapshot(next);
      await keepDeskShell(slug, tokenStore.get()).catch(() => undefined);
    },
    [slug],
  );

  const sync = useCallback(async () => {
    if (!snapshot || syncing) return;
    const scans = await queued(slug);
    if (scans.length === 0) return;
    setSyncing(true);
    try {
      const { results } = await unwrap(
        api.POST('/events/{slug}/check-ins/sync', {
          params: { path: { slug } },
          body: { desk: snapshot.desk, scans: scans.map(({ clientId, badgeCode, at, sessionId }) => ({ clientId, badgeCode, at, sessionId })) },
        }),
      );
      // Every answer is final (checked in, or why not): the scans leave the queue either way.
      await unqueue(results.map((result) => result.clientId));
      const scanOf = new Map(scans.map((scan) => [scan.clientId, scan]));
      setReport((earlier) => [
        ...results
          .filter((result) => result.outcome !== 'checked-in' && result.outcome !== 'replayed')
          .map((result) => ({ ...result, badgeCode: scanOf.get(result.clientId)!.badgeCode, atDoor: !!scanOf.get(result.clientId)!.sessionId })),
        ...earlier,
      ]);
      setSynced((count) => count + results.filter((result) => result.outcome === 'checked-in').length);
      void client.invalidateQueries({ queryKey: ['organiser', slug] });
    } catch {
      // Still offline, or the network dropped mid-way: the scans stay queued for the next try.
    } finally {
      setPending(await queued(slug));
      setSyncing(false);
    }
  }, [client, slug, snapshot, syncing]);

  useEffect(() => {
    if (online && pending.length > 0) void sync();
  }, [online, pending.length, sync]);

  /** A scan while offline: checked against the desk's badges, recorded here with the moment it was made. */
  const scanOffline = useCallback(
    async (code: string): Promise<OfflineScan> => {
      const badge = snapshot?.badges.find((candidate) => candidate.badgeCode === code);
      if (!snapshot || !badge) return { kind: 'unknown', code };
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
      const sessionId = door && snapshot.sessions.some((session) => session.id === door) ? door : undefined;
      const earlier = pending.find(
        (scan) =>
          scan.badgeCode === code &&
          scan.sessionId === sessionId &&
          (sessionId || new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(scan.at)) === today),
      );
      if (earlier) return { kind: 'already', scan: earlier };
      const scan = { clientId: newId(), slug, badgeCode: code, at: new Date().toISOString(), fullName: badge.fullName, sessionId };
      await enqueue(scan);
      setPending(await queued(slug));
      return { kind: 'queued', scan, badge };
    },
    [door, pending, slug, snapshot, zone],
  );

  const session = door ? snapshot?.sessions.find((candidate) => candidate.id === door) : undefined;
  return { snapshot, pending, online, syncing, report, synced, start, sync, scanOffline, door: session ? door : '', session, setDoor };
}
export type Desk = ReturnType<typeof useDesk>;

/** `programme` is the web timetable's JSON, cached the same way. */
export const SCHEDULE_FORMATS = ['xml', 'json', 'ics', 'programme'] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

/** An export in one language (`xml.vi`), or a format without one (`programme`): what is built once per version. */
export type ExportVariant = ScheduleFormat | `${ScheduleFormat}.${string}`;

/**
 * The built bytes of each export, per (event id, version, variant). A published version never
 * changes, so an entry is never stale; it is only dropped when a newer version of the same
 * export is stored or when the map is full (least recently used first). Keyed by the event's
 * id, not its slug: a slug can be renamed and then reused by another event.
 */
export class ScheduleExportCache<Body = string> {
  private readonly entries = new Map<string, Body>();
  /** How many exports were built rather than served from memory. */
  builds = 0;

  constructor(private readonly capacity = 64) {}

  get size(): number {
    return this.entries.size;
  }

  get(eventId: string, version: number, variant: ExportVariant): Body | undefined {
    const key = ScheduleExportCache.key(eventId, version, variant);
    const body = this.entries.get(key);
    if (body !== undefined) {
      // Map keeps insertion order: move the entry to the young end.
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  /** Stores a built export, dropping the older versions of the same variant of the event. */
  set(eventId: string, version: number, variant: ExportVariant, body: Body): Body {
    this.builds++;
    const prefix = `${eventId}\u0000`;
    for (const key of this.entries.keys()) {
      const [, older, olderVariant] = key.split('\u0000');
      if (key.startsWith(prefix) && olderVariant === variant && Number(older) < version) this.entries.delete(key);
    }
    this.entries.set(ScheduleExportCache.key(eventId, version, variant), body);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return body;
  }

  /** What names one built export, here and wherever its build is awaited. */
  static key(eventId: string, version: number, variant: ExportVariant): string {
    return `${eventId}\u0000${version}\u0000${variant}`;
  }
}

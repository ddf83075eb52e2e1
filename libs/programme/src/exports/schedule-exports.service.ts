import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { EventRef } from '@app/auth';
import { assertReadableIn } from '@app/events';
import type { PublishedProgramme } from '../programme-snapshot.js';
import { PublishedVersions } from '../published-versions.js';
import { PublishingService } from '../publishing.service.js';
import { type ExportBytes, exportBytes } from './export-bytes.js';
import type { ScheduleExportOptions } from './frab-schedule.js';
import { type ExportVariant, ScheduleExportCache, type ScheduleFormat } from './schedule-export-cache.js';
import { scheduleIcs } from './schedule-ics.js';
import { scheduleJson } from './schedule-json.js';
import { scheduleXml } from './schedule-xml.js';
import { buildTimetable } from './timetable.js';

const BUILDERS: Record<ScheduleFormat, (programme: PublishedProgramme, options: ScheduleExportOptions) => string> = {
  xml: scheduleXml,
  json: scheduleJson,
  ics: scheduleIcs,
  programme: (programme) => JSON.stringify(buildTimetable(programme)),
};

/**
 * What is built once per version: xml, json and ics per language (frab and c3voc hold one); the web
 * timetable once, as it carries every language and the page picks the reader's.
 */
export function exportVariant(format: ScheduleFormat, language: string): ExportVariant {
  return format === 'programme' ? format : `${format}.${language}`;
}

/** The language an export is written in: the one asked for (422 LANGUAGE_NOT_OFFERED unless the event offers it), else the event's first. */
export function exportLanguage(event: { languages: string[] }, asked: string | undefined): string {
  assertReadableIn(event, asked);
  return asked ?? event.languages[0];
}

export interface LatestVersion {
  eventId: string;
  version: number;
}

/** The public schedule exports of the latest published version, each built once per version. */
@Injectable()
export class ScheduleExportsService {
  /**
   * Bytes, not strings: every response sends one shared Buffer as it is, where a string would be
   * encoded again, into a new multi-MB Buffer, for each request (50 at once held 1.2 GB).
   */
  readonly cache = new ScheduleExportCache<ExportBytes>();
  /**
   * Loads and builds under way: the requests that arrive while an export is cold wait for the one
   * load and build rather than each parsing the snapshot again (50 cold requests, one snapshot).
   */
  private readonly loading = new Map<string, Promise<PublishedProgramme>>();
  private readonly building = new Map<string, Promise<ExportBytes>>();

  constructor(
    private readonly publishing: PublishingService,
    private readonly config: AppConfig,
    private readonly versions: PublishedVersions,
  ) {}

  /** The latest version number and its event, or null when nothing is published: from memory, or one indexed query. */
  async latestVersion(event: EventRef): Promise<LatestVersion | null> {
    const version = await this.versions.latest(event.id);
    return version === null ? null : { eventId: event.id, version };
  }

  /** The latest version number from memory only: undefined when unknown or nothing is published (then ask `latestVersion`). */
  knownVersion(eventId: string): number | undefined {
    return this.versions.known(eventId) ?? undefined;
  }

  /** The built bytes of this export of this version, from memory only: undefined when not built yet. */
  knownBody(eventId: string, version: number, variant: ExportVariant): ExportBytes | undefined {
    return this.cache.get(eventId, version, variant);
  }

  /**
   * The export's bytes in `language` (one of the event's, see `exportLanguage`). With the version just
   * looked up, a cached export is served without loading the snapshot; otherwise the latest version is
   * loaded (404 if none) and built.
   */
  async render(event: EventRef, format: ScheduleFormat, language: string, known?: LatestVersion | null): Promise<{ version: number; body: ExportBytes }> {
    const variant = exportVariant(format, language);
    if (known) {
      const cached =
        this.cache.get(known.eventId, known.version, variant) ?? (await this.building.get(ScheduleExportCache.key(known.eventId, known.version, variant)));
      if (cached !== undefined) return { version: known.version, body: cached };
    }
    let programme = await this.once(this.loading, event.id, () => this.publishing.latest(event));
    // A load that began before a newer version was published is not what this request asked for.
    if (known && programme.version < known.version) programme = await this.publishing.latest(event);
    const { id } = programme.snapshot.event;
    const cached = this.cache.get(id, programme.version, variant);
    if (cached !== undefined) return { version: programme.version, body: cached };
    const body = await this.once(this.building, ScheduleExportCache.key(id, programme.version, variant), async () =>
      this.cache.set(
        id,
        programme.version,
        variant,
        await exportBytes(Buffer.from(BUILDERS[format](programme, { publicUrl: this.config.PUBLIC_URL, language }))),
      ),
    );
    return { version: programme.version, body };
  }

  private once<T>(running: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
    const known = running.get(key);
    if (known) return known;
    const started = work().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  }
}

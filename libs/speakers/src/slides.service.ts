import { Injectable, Logger } from '@nestjs/common';
import { AuthService, type AuthUser, type EventContext, type EventRef } from '@app/auth';
import { eventDirectory } from '@app/events';
import { Outbox } from '@app/notifications';
import { type SlotFacts, speakerSlots } from '@app/programme';
import { detectSlideType, FileStorage, isTooLarge, SNIFF_BYTES, sniffUpload } from '@app/storage';
import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import yazl from 'yazl';
import { slideStates } from './slide-states.js';
import { SlotAccess, type SlotContext } from './slot-access.js';
import { speakerNamesOf } from './speaker-names.js';
import { slideFileName, safeFileNamePart, zipEntryName } from './slide-file-name.js';
import { maySeeSlides } from './policies.js';
import { SpeakersError } from './speakers.error.js';

export interface IncomingFile {
  stream: Readable;
  /** True once the transport cut the file at its size limit. */
  truncated(): boolean;
}

export interface SlideVersion {
  version: number;
  sha256: string;
  size: number;
  mediaType: string;
  extension: string;
  uploadedBy: string | null;
  uploadedAt: Date;
  current: boolean;
}

export interface SlideDownload {
  stream: Readable;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface PublicSlides {
  slotId: string;
  title: string;
  speakers: string[];
  fileName: string;
  extension: string;
}

export interface SlotSlideStatus {
  slotId: string;
  title: string;
  start: Date;
  speakers: string[];
  currentVersion: number | null;
  uploadedAt: Date | null;
  public: boolean;
}

/** A slot's slide status on the event-wide board, with its session so the board can group. */
export interface EventSlotSlideStatus extends SlotSlideStatus {
  sessionId: string;
  sessionTitle: Record<string, string>;
}

export type ZipScope = { kind: 'session'; sessionId: string } | { kind: 'room'; roomId: string; date: string } | { kind: 'day'; date: string };

const VERSION_COLUMNS = `version, sha256, size::float8 AS size, media_type AS "mediaType", extension, uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt"`;

/**
 * Slides per slot: every upload a new version, stored under a generated key, recorded only once the
 * whole file is safely stored; downloads for the slot's speakers, organisers and the AV team, and for
 * everyone once a speaker has made them public and the slot is over.
 */
@Injectable()
export class SlidesService {
  private readonly logger = new Logger(SlidesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly access: SlotAccess,
    private readonly outbox: Outbox,
    private readonly auth: AuthService,
  ) {}

  /** Checks who may upload before a byte of the body is read. */
  /** Speakers of slots still to come that have no slides yet. */
  async speakerIdsWithoutSlides(eventId: string): Promise<string[]> {
    const upcoming = await speakerSlots.upcomingOfEvent(this.dataSource.manager, eventId);
    const withSlides = await this.slotsWithSlides([...new Set(upcoming.map((row) => row.slotId))]);
    return [...new Set(upcoming.filter((row) => !withSlides.has(row.slotId)).map((row) => row.userId))];
  }

  async assertMayUpload(event: EventContext, user: AuthUser, slotId: string): Promise<void> {
    await this.access.requireSpeakerOrOrganiser(event, user, slotId);
  }

  async upload(event: EventContext, user: AuthUser, slotId: string, file: IncomingFile): Promise<SlideVersion> {
    const { slot } = await this.access.requireSpeakerOrOrganiser(event, user, slotId);
    const sniffed = await this.readOrFail(file, () => sniffUpload(file.stream, SNIFF_BYTES, detectSlideType));
    if (sniffed.head.length === 0) throw new SpeakersError('FILE_EMPTY', 'The file is empty');
    if (!sniffed.type) {
      await sniffed.discard();
      if (file.truncated()) throw this.tooLarge();
      throw new SpeakersError('FILE_TYPE_REFUSED', 'Slides must be PDF, PPTX, PPT, KEY or ODP (detected from the content, not the name)', {
        accepted: ['PDF', 'PPTX', 'PPT', 'KEY', 'ODP'],
      });
    }
    const key = `slides/${slot.slotId}/${randomUUID()}`;
    await this.readOrFail(file, () => this.storage.write(key, sniffed.body), key);
    if (file.truncated()) {
      await this.storage.delete(key);
      throw this.tooLarge();
    }
    const { sha256, size } = sniffed.digest();
    try {
      return await this.dataSource.transaction(async (manager) => {
        await speakerSlots.lock(manager, slot.slotId);
        const [row] = await manager.query(
          `INSERT INTO slide_versions (slot_id, version, storage_key, sha256, size, media_type, extension, uploaded_by)
           SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7 FROM slide_versions WHERE slot_id = $1
           RETURNING ${VERSION_COLUMNS}`,
          [slot.slotId, key, sha256, size, sniffed.type!.mediaType, sniffed.type!.extension, user.id],
        );
        // Slides have arrived: the slot's reminders are no longer needed.
        await this.outbox.cancelByPrefix(manager, [`slides-due:${slot.slotId}:`, `slides-last-call:${slot.slotId}:`]);
        return { ...row, current: true };
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /** Speakers see the versions of their slot; organisers too. */
  async versions(event: EventContext, user: AuthUser, slotId: string): Promise<SlideVersion[]> {
    const { slot } = await this.access.requireSpeakerOrOrganiser(event, user, slotId);
    const rows: Omit<SlideVersion, 'current'>[] = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM slide_versions WHERE slot_id = $1 ORDER BY version DESC`,
      [slot.slotId],
    );
    return rows.map((row, index) => ({ ...row, current: index === 0 }));
  }

  /**
   * The current version: the slot's speakers, organisers, staff (the AV team), and everyone once
   * public and the slot is over. An earlier version: organisers only.
   */
  async download(event: EventContext, user: AuthUser | undefined, slotId: string, version: number | 'current'): Promise<SlideDownload> {
    const slot = await this.access.slot(event, slotId);
    const relation = await this.access.relation(event, user, slot);
    const [latest] = await this.dataSource.query(`SELECT max(version) AS version FROM slide_versions WHERE slot_id = $1`, [slot.slotId]);
    const wanted = version === 'current' ? latest.version : version;
    const isCurrent = wanted !== null && wanted === latest.version;
    let allowed = maySeeSlides(relation, isCurrent);
    if (isCurrent && !allowed && slot.end.getTime() <= Date.now()) {
      const [isPublic] = await this.dataSource.query(`SELECT 1 FROM public_slides WHERE slot_id = $1`, [slot.slotId]);
      allowed = Boolean(isPublic);
    }
    if (!allowed || wanted === null)
      throw version === 'current'
        ? new SpeakersError('SLIDES_NOT_FOUND', 'No slides for this slot')
        : new SpeakersError('SLIDES_VERSION_NOT_FOUND', `No version ${version} of these slides`, { version });
    const [row] = await this.dataSource.query(
      `SELECT storage_key AS key, media_type AS "mediaType", extension, size::float8 AS size FROM slide_versions WHERE slot_id = $1 AND version = $2`,
      [slot.slotId, wanted],
    );
    if (!row) throw new SpeakersError('SLIDES_VERSION_NOT_FOUND', `No version ${version} of these slides`, { version });
    const speakers = (await speakerNamesOf(this.dataSource.manager, this.auth, [slot.slotId])).get(slot.slotId)!;
    return { stream: await this.storage.read(row.key), fileName: slideFileName(speakers, slot.title, row.extension), mediaType: row.mediaType, size: row.size };
  }

  /** A speaker (or organiser) shares the slides with everyone; they become visible once the slot is over. */
  async setPublic(event: EventContext, user: AuthUser, slotId: string, isPublic: boolean): Promise<void> {
    const { slot } = await this.access.requireSpeakerOrOrganiser(event, user, slotId);
    if (isPublic) {
      await this.dataSource.query(`INSERT INTO public_slides (slot_id, marked_by) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [slot.slotId, user.id]);
    } else {
      await this.dataSource.query(`DELETE FROM public_slides WHERE slot_id = $1`, [slot.slotId]);
    }
  }

  /** The organisers' board: every slot of a session, in speaking order, and which lack slides. */
  async statusBoard(event: EventRef, sessionId: string): Promise<SlotSlideStatus[]> {
    const slots = await speakerSlots.ofEvent(this.dataSource.manager, event.id, { sessionId });
    if (slots.length === 0 && !(await speakerSlots.sessionExists(this.dataSource.manager, event.id, sessionId))) {
      throw new SpeakersError('SESSION_NOT_FOUND', `No session ${sessionId} in event "${event.slug}"`, { sessionId });
    }
    return (await this.withStatus(event, slots)).map(({ sessionId: _sessionId, sessionTitle: _sessionTitle, ...status }) => status);
  }

  /**
   * The talks of a session whose current slides anyone may download (see `download`): a speaker shared them
   * and the talk is over. In speaking order.
   */
  async publicOfSession(event: EventRef, sessionId: string, now = new Date()): Promise<PublicSlides[]> {
    const slots = await speakerSlots.ofEvent(this.dataSource.manager, event.id, { sessionId });
    if (slots.length === 0 && !(await speakerSlots.sessionExists(this.dataSource.manager, event.id, sessionId))) {
      throw new SpeakersError('SESSION_NOT_FOUND', `No session ${sessionId} in event "${event.slug}"`, { sessionId });
    }
    const over = slots.filter((slot) => new Date(slot.end).getTime() <= now.getTime());
    const { slots: states } = await slideStates(
      this.dataSource.manager,
      over.map((slot) => slot.slotId),
      [event.id],
    );
    const shared = over.filter((slot) => states.get(slot.slotId)?.public && states.get(slot.slotId)?.currentVersion != null);
    const latest = await this.latestSlides(shared.map((slot) => slot.slotId));
    const speakers = await speakerNamesOf(
      this.dataSource.manager,
      this.auth,
      shared.map((slot) => slot.slotId),
    );
    return shared.map((slot) => {
      const names = speakers.get(slot.slotId) ?? [];
      const extension = latest.get(slot.slotId)!.extension;
      return { slotId: slot.slotId, title: slot.title, speakers: names, fileName: slideFileName(names, slot.title, extension), extension };
    });
  }

  /**
   * The organisers' board for the whole event, batched: every slot of every session, sessions by
   * start time, slots in speaking order; each row as on the session's board plus its session.
   */
  async eventStatusBoard(event: EventRef): Promise<EventSlotSlideStatus[]> {
    return this.withStatus(event, await speakerSlots.ofEvent(this.dataSource.manager, event.id));
  }

  /** Slide state and speaker names for the slots: one read per owner, whatever the number of slots. */
  private async withStatus(event: EventRef, slots: SlotFacts[]): Promise<EventSlotSlideStatus[]> {
    const slotIds = slots.map((slot) => slot.slotId);
    const { slots: states } = await slideStates(this.dataSource.manager, slotIds, [event.id]);
    const speakers = await speakerNamesOf(this.dataSource.manager, this.auth, slotIds);
    return slots.map((slot) => {
      const state = states.get(slot.slotId);
      return {
        sessionId: slot.sessionId,
        sessionTitle: slot.sessionTitles,
        slotId: slot.slotId,
        title: slot.title,
        start: slot.start,
        currentVersion: state?.currentVersion ?? null,
        uploadedAt: state?.uploadedAt ?? null,
        public: state?.public ?? false,
        speakers: speakers.get(slot.slotId) ?? [],
      };
    });
  }

  /**
   * The current slides of a session, a room's day or a whole day, as a zip streamed while it is
   * built: each file is read from storage only when its turn comes. Sessions with slides in
   * folders by start time (and room, for a day); files numbered in speaking order.
   */
  async zip(event: EventContext, scope: ZipScope): Promise<{ stream: Readable; fileName: string }> {
    const manager = this.dataSource.manager;
    if (scope.kind === 'session' && !(await speakerSlots.sessionExists(manager, event.id, scope.sessionId))) {
      throw new SpeakersError('SESSION_NOT_FOUND', `No session ${scope.sessionId} in event "${event.slug}"`, { sessionId: scope.sessionId });
    }
    if (scope.kind === 'room') {
      const [room] = await eventDirectory.rooms(manager, [scope.roomId]);
      if (room?.eventId !== event.id) throw new SpeakersError('ROOM_NOT_FOUND', `No room ${scope.roomId} in event "${event.slug}"`, { roomId: scope.roomId });
    }
    const slots = await speakerSlots.ofEvent(
      manager,
      event.id,
      scope.kind === 'session'
        ? { sessionId: scope.sessionId }
        : { roomId: scope.kind === 'room' ? scope.roomId : undefined, day: { date: scope.date, timeZone: event.timeZone } },
    );
    const latest = await this.latestSlides(slots.map((slot) => slot.slotId));
    const withSlides = slots.filter((slot) => latest.has(slot.slotId));
    const speakers = await speakerNamesOf(
      manager,
      this.auth,
      withSlides.map((slot) => slot.slotId),
    );
    const rooms = await eventDirectory.rooms(
      manager,
      withSlides.flatMap((slot) => (slot.roomId ? [slot.roomId] : [])),
    );
    // Rooms by name, slots without a room last; within a room the programme's order (session start, then slot start).
    const roomRank = new Map(rooms.map((room, index) => [room.id, index]));
    const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
    const rank = (roomId: string | null) => (roomId ? (roomRank.get(roomId) ?? rooms.length) : rooms.length);
    const rows = withSlides
      .sort((a, b) => rank(a.roomId) - rank(b.roomId))
      .map((slot) => ({
        sessionId: slot.sessionId,
        sessionStart: DateTime.fromJSDate(slot.sessionStart).setZone(event.timeZone).toFormat('HHmm'),
        sessionTitle: slot.sessionTitles,
        room: slot.roomId ? (roomNames.get(slot.roomId) ?? null) : null,
        slotTitle: slot.title,
        key: latest.get(slot.slotId)!.key,
        extension: latest.get(slot.slotId)!.extension,
        speakers: speakers.get(slot.slotId) ?? [],
      }));
    const zip = new yazl.ZipFile();
    const positions = new Map<string, number>();
    for (const row of rows) {
      const position = (positions.get(row.sessionId) ?? 0) + 1;
      positions.set(row.sessionId, position);
      const file = zipEntryName(position, row.speakers, row.slotTitle, row.extension);
      const sessionFolder = `${row.sessionStart}-${safeFileNamePart(Object.values(row.sessionTitle)[0] ?? 'session', 60)}`;
      const path =
        scope.kind === 'session'
          ? file
          : scope.kind === 'room'
            ? `${sessionFolder}/${file}`
            : `${safeFileNamePart(row.room ?? 'no room', 60)}/${sessionFolder}/${file}`;
      // Slides are already compressed (PDF streams, zip-based formats): stored, not deflated again.
      zip.addReadStreamLazy(path, { compress: false }, (done) => {
        this.storage.read(row.key).then(
          (stream) => done(null, stream),
          (error) => done(error, undefined as never),
        );
      });
    }
    zip.end();
    const output = new PassThrough();
    (zip.outputStream as Readable).on('error', (error) => output.destroy(error)).pipe(output);
    zip.on('error', (error: Error) => {
      this.logger.error(`slides.zip for ${event.slug} failed: ${error.message}`);
      output.destroy(error);
    });
    const name = scope.kind === 'session' ? `session-${scope.sessionId.slice(0, 8)}` : scope.kind === 'room' ? `room-${scope.date}` : `day-${scope.date}`;
    return { stream: output, fileName: `${event.slug}-${name}-slides.zip` };
  }

  /** The latest version of each slot's slides, for the slots that have any. */
  private async latestSlides(slotIds: string[]): Promise<Map<string, { key: string; extension: string }>> {
    if (slotIds.length === 0) return new Map();
    const rows: { slotId: string; key: string; extension: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (slot_id) slot_id AS "slotId", storage_key AS key, extension FROM slide_versions WHERE slot_id = ANY($1::uuid[]) ORDER BY slot_id, version DESC`,
      [slotIds],
    );
    return new Map(rows.map(({ slotId, ...latest }) => [slotId, latest]));
  }

  private async slotsWithSlides(slotIds: string[]): Promise<Set<string>> {
    return new Set((await this.latestSlides(slotIds)).keys());
  }

  /** Runs a step that reads the client's file; a cut-off or over-long file becomes 413 or 400. */
  private async readOrFail<T>(file: IncomingFile, step: () => Promise<T>, key?: string): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (key) await this.storage.delete(key).catch(() => undefined);
      if (file.truncated() || isTooLarge(error)) throw this.tooLarge();
      this.logger.warn(`An upload was cut off: ${error instanceof Error ? error.message : String(error)}`);
      throw new SpeakersError('UPLOAD_INTERRUPTED', 'The upload was interrupted before the file was complete');
    }
  }

  private tooLarge(): SpeakersError {
    return new SpeakersError('FILE_TOO_LARGE', 'The file is larger than the upload limit');
  }
}

export type { SlotContext };

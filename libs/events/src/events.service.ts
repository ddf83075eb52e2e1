import { Injectable } from '@nestjs/common';
import { AuthService, EventAccess, type EventContext, type EventRef, type EventRole, UserEntity } from '@app/auth';
import { Outbox } from '@app/notifications';
import { isConstraintViolation, PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION } from '@app/database';
import type { Translations } from '@app/config';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { CreateEventDto, DuplicateEventDto, UpdateEventDto } from './dto/event.dto.js';
import type { CreateRoomDto, UpdateRoomDto } from './dto/room.dto.js';
import type { CreateTrackDto, UpdateTrackDto } from './dto/track.dto.js';
import { EventEntity } from './event.entity.js';
import { reminderKey, reminderKeyPrefix, reminderTime, roleGrantedKind, scheduleEventReminder } from './event-notifications.js';
import { RoomEntity } from './room.entity.js';
import { cleanInterpretation, type RoomAccess } from './access/interpretation.js';
import { TrackEntity } from './track.entity.js';
import { EventsError } from './events.error.js';
import { EventCache } from './event-cache.js';
import { assertTranslatable } from './event-languages.js';

/** Where each room and track of the original went in the copy, so copied sessions keep their places. */
export interface VenueMap {
  rooms: Map<string, string>;
  tracks: Map<string, string>;
}

export interface EventWithVenues {
  event: EventEntity;
  rooms: RoomEntity[];
  tracks: TrackEntity[];
}

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly outbox: Outbox,
    private readonly access: EventAccess,
    private readonly cache: EventCache,
  ) {}

  list(): Promise<EventEntity[]> {
    return this.dataSource.getRepository(EventEntity).find({ order: { startDate: 'DESC', name: 'ASC' } });
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EventEntity> {
    const event = await manager.getRepository(EventEntity).findOneBy({ id });
    if (!event) throw new EventsError('EVENT_NOT_FOUND', `No event ${id}`, { id });
    return event;
  }

  /**
   * The context of an event for callers outside a request (worker, seed, bench): they act for the
   * platform itself, so they hold every role.
   */
  async context(slug: string): Promise<EventContext> {
    return { ...(await this.access.context(slug, undefined)), isPlatformAdmin: true };
  }

  /** From memory once read (see EventCache): the caller must not change it. */
  detail(ref: EventRef): Promise<EventWithVenues> {
    return this.cache.detail(ref.id, async () => {
      const event = await this.findById(ref.id);
      const [rooms, tracks] = await Promise.all([
        this.dataSource.getRepository(RoomEntity).find({ where: { eventId: event.id }, order: { name: 'ASC' } }),
        this.dataSource.getRepository(TrackEntity).find({ where: { eventId: event.id }, order: { name: 'ASC' } }),
      ]);
      return { event, rooms, tracks };
    });
  }

  /** The creator becomes the event's first organiser, in the same transaction. */
  async create(input: CreateEventDto, creatorId: string): Promise<EventEntity> {
    assertTranslatable(input.translations, input.languages);
    return this.translateErrors(() =>
      this.dataSource.transaction(async (manager) => {
        const event = await manager.getRepository(EventEntity).save(manager.create(EventEntity, withDefaults(input)));
        await this.auth.grantEventRole(event.id, creatorId, 'organiser', manager);
        return this.findById(event.id, manager);
      }),
    );
  }

  async update(ref: EventRef, input: UpdateEventDto): Promise<EventEntity> {
    return this.changing(ref, () =>
      this.dataSource.transaction(async (manager) => {
        const event = await this.findById(ref.id, manager);
        assertTranslatable(input.translations, input.languages ?? event.languages);
        await manager.getRepository(EventEntity).update({ id: event.id }, input);
        const updated = await manager.getRepository(EventEntity).findOneByOrFail({ id: event.id });
        if (updated.startDate !== event.startDate || updated.timeZone !== event.timeZone) {
          // Reminders follow the event when it moves.
          await this.outbox.reschedule(manager, reminderKeyPrefix(event.id), reminderTime(updated.startDate, updated.timeZone));
        }
        return updated;
      }),
    );
  }

  /**
   * Grants a role and, in the same transaction, tells the person and schedules their reminder
   * for the day before the event. Granting a role already held changes nothing and sends nothing.
   */
  async grantRole(event: EventContext, userId: string, role: EventRole): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ id: userId });
      if (!user) throw new EventsError('USER_NOT_FOUND', `No user ${userId}`, { userId });
      await this.grantRoleIn(manager, event, user, role);
    });
  }

  /** grantRole on the caller's transaction (an accepted invitation grants its role with the rest). True when the role is new. */
  async grantRoleIn(manager: EntityManager, event: EventRef & { startDate: string; timeZone: string }, user: UserEntity, role: EventRole): Promise<boolean> {
    if (!(await this.auth.grantEventRole(event.id, user.id, role, manager))) return false;
    const holder = { eventId: event.id, userId: user.id, email: user.email, displayName: user.displayName, language: user.language };
    await this.outbox.add(manager, {
      eventId: event.id,
      kind: roleGrantedKind.kind,
      recipientEmail: user.email,
      recipientName: user.displayName,
      language: user.language,
      about: { eventId: event.id, userId: user.id, role },
    });
    await scheduleEventReminder(this.outbox, manager, holder, event.startDate, event.timeZone);
    return true;
  }

  /** Revokes a role; someone left with no role on the event no longer gets its reminder. */
  async revokeRole(event: EventRef, userId: string, role: EventRole): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const left = await this.auth.revokeEventRole(event.id, userId, role, manager);
      if (left.length === 0) await this.outbox.cancel(manager, reminderKey(event.id, userId));
    });
  }

  async addRoom(event: EventRef, input: CreateRoomDto): Promise<RoomEntity> {
    await this.assertOffered(event, input.translations);
    const interpretation = cleanInterpretation(input.interpretation) ?? [];
    return this.changing(event, () => this.dataSource.getRepository(RoomEntity).save({ eventId: event.id, locationNote: '', ...input, interpretation }));
  }

  async updateRoom(event: EventRef, roomId: string, input: UpdateRoomDto): Promise<RoomEntity> {
    const room = await this.findRoom(event, roomId);
    await this.assertOffered(event, input.translations);
    const interpretation = cleanInterpretation(input.interpretation) ?? room.interpretation;
    return this.changing(event, () => this.dataSource.getRepository(RoomEntity).save({ ...room, ...input, interpretation }));
  }

  /** Every room's stream and interpretation, for the organisers who edit them. */
  async roomAccess(event: EventRef): Promise<RoomAccess[]> {
    const rooms = await this.dataSource.getRepository(RoomEntity).find({ where: { eventId: event.id }, order: { name: 'ASC' } });
    return rooms.map((room) => ({ roomId: room.id, streamUrl: room.streamUrl, interpretation: room.interpretation }));
  }

  async removeRoom(event: EventRef, roomId: string): Promise<void> {
    const room = await this.findRoom(event, roomId);
    try {
      await this.changing(event, () => this.dataSource.getRepository(RoomEntity).delete({ id: room.id }));
    } catch (error) {
      // Sessions hold their room (ON DELETE RESTRICT): the organiser moves or removes them first.
      if (isConstraintViolation(error, PG_FOREIGN_KEY_VIOLATION))
        throw new EventsError('ROOM_IN_USE', `Sessions are still planned in room "${room.name}"`, { room: room.name });
      throw error;
    }
  }

  async addTrack(event: EventRef, input: CreateTrackDto): Promise<TrackEntity> {
    await this.assertOffered(event, input.translations);
    return this.changing(event, () => this.dataSource.getRepository(TrackEntity).save({ eventId: event.id, ...input }));
  }

  async updateTrack(event: EventRef, trackId: string, input: UpdateTrackDto): Promise<TrackEntity> {
    const track = await this.findTrack(event, trackId);
    await this.assertOffered(event, input.translations);
    return this.changing(event, () => this.dataSource.getRepository(TrackEntity).save({ ...track, ...input }));
  }

  async removeTrack(event: EventRef, trackId: string): Promise<void> {
    const track = await this.findTrack(event, trackId);
    await this.changing(event, () => this.dataSource.getRepository(TrackEntity).delete({ id: track.id }));
  }

  /**
   * A new event like `source` on other dates (same length, zone, place and languages), inside the caller's
   * transaction; its creator becomes its organiser.
   */
  async createCopy(manager: EntityManager, source: EventEntity, input: DuplicateEventDto, creatorId: string): Promise<EventEntity> {
    const days = DateTime.fromISO(source.endDate, { zone: 'utc' }).diff(DateTime.fromISO(source.startDate, { zone: 'utc' }), 'days').days;
    const { description, organiser, venue, city, country, timeZone, languages, translations } = source;
    const endDate = DateTime.fromISO(input.startDate, { zone: 'utc' }).plus({ days }).toISODate()!;
    // The copy's name is new, so the original's translated names would describe another event.
    const texts = Object.fromEntries(Object.entries(translations).map(([language, { name: _name, ...rest }]) => [language, rest]));
    const copy = {
      description,
      organiser,
      venue,
      city,
      country,
      timeZone,
      languages,
      translations: texts,
      name: input.name,
      slug: input.slug,
      startDate: input.startDate,
      endDate,
    };
    const event = await this.translateErrors(() => manager.getRepository(EventEntity).save(manager.create(EventEntity, copy)));
    await this.auth.grantEventRole(event.id, creatorId, 'organiser', manager);
    return event;
  }

  /** Copies the rooms (with capacity) and tracks (with colour) of one event to another. */
  async copyVenues(manager: EntityManager, fromEventId: string, toEventId: string): Promise<VenueMap> {
    const pairs = async (table: 'rooms' | 'tracks', columns: string): Promise<Map<string, string>> => {
      const rows: Array<{ from: string; to: string }> = await manager.query(
        `WITH source AS (SELECT id, ${columns}, gen_random_uuid() AS new_id FROM ${table} WHERE event_id = $1),
              copied AS (INSERT INTO ${table} (id, event_id, ${columns}) SELECT new_id, $2, ${columns} FROM source)
         SELECT id AS "from", new_id AS "to" FROM source`,
        [fromEventId, toEventId],
      );
      return new Map(rows.map((row) => [row.from, row.to]));
    };
    return { rooms: await pairs('rooms', 'name, capacity, location_note, translations'), tracks: await pairs('tracks', 'name, colour, translations') };
  }

  private async assertOffered(ref: EventRef, translations: Translations | undefined): Promise<void> {
    if (translations && Object.keys(translations).length > 0) assertTranslatable(translations, (await this.findById(ref.id)).languages);
  }

  private async findRoom(event: EventRef, roomId: string): Promise<RoomEntity> {
    const room = await this.dataSource.getRepository(RoomEntity).findOneBy({ id: roomId, eventId: event.id });
    if (!room) throw new EventsError('ROOM_NOT_FOUND', `No room ${roomId} in event "${event.slug}"`, { roomId, slug: event.slug });
    return room;
  }

  private async findTrack(event: EventRef, trackId: string): Promise<TrackEntity> {
    const track = await this.dataSource.getRepository(TrackEntity).findOneBy({ id: trackId, eventId: event.id });
    if (!track) throw new EventsError('TRACK_NOT_FOUND', `No track ${trackId} in event "${event.slug}"`, { trackId, slug: event.slug });
    return track;
  }

  /** Other processes hear of the change from the trigger; this one forgets before it answers. */
  private async changing<T>(event: EventRef, work: () => Promise<T>): Promise<T> {
    try {
      return await this.translateErrors(work);
    } finally {
      this.cache.forget(event.id);
    }
  }

  private async translateErrors<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'events_slug_key'))
        throw new EventsError('EVENT_SLUG_TAKEN', 'An event with this slug already exists');
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'rooms_event_name_key'))
        throw new EventsError('ROOM_NAME_TAKEN', 'This event already has a room with that name');
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'tracks_event_name_key'))
        throw new EventsError('TRACK_NAME_TAKEN', 'This event already has a track with that name');
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'events_dates_ordered'))
        throw new EventsError('EVENT_DATES_REVERSED', 'endDate must not be before startDate');
      throw error;
    }
  }
}

function withDefaults(input: CreateEventDto): Partial<EventEntity> {
  return { description: '', organiser: '', venue: '', city: '', translations: {}, ...input };
}

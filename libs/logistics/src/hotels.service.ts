import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { stringifySpreadsheetCsv } from '@app/config';
import { isConstraintViolation, PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION } from '@app/database';
import { RegistrationQueryService, RegistrationService } from '@app/registration';
import { DataSource, EntityManager } from 'typeorm';
import { registrationFor } from './delegate-access.js';
import type {
  CreateHotelBlockDto,
  DelegateHotelResponse,
  HotelBlockResponse,
  HotelBookingResponse,
  RoomingListResponse,
  UpdateHotelBlockDto,
} from './dto/hotel.dto.js';
import { LogisticsError } from './logistics.error.js';

const BLOCK_COLUMNS = `b.id, b.hotel, b.room_type AS "roomType", to_char(b.check_in, 'YYYY-MM-DD') AS "checkIn", to_char(b.check_out, 'YYYY-MM-DD') AS "checkOut",
  (b.check_out - b.check_in) AS nights, b.rooms_available AS "roomsAvailable", b.rooms_booked AS "roomsBooked",
  b.rooms_available - b.rooms_booked AS "roomsLeft", b.note`;

/** Rooms the organisers hold in hotels, and delegates booking them; the database refuses an overbooked block. */
@Injectable()
export class HotelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly registrationQueries: RegistrationQueryService,
  ) {}

  blocks(event: EventRef, manager: EntityManager = this.dataSource.manager): Promise<HotelBlockResponse[]> {
    return manager.query(`SELECT ${BLOCK_COLUMNS} FROM hotel_blocks b WHERE b.event_id = $1 ORDER BY b.hotel, b.check_in, b.room_type, b.id`, [event.id]);
  }

  async create(event: EventRef, input: CreateHotelBlockDto): Promise<HotelBlockResponse> {
    return this.refusals(async () => {
      const [{ id }] = await this.dataSource.query(
        `INSERT INTO hotel_blocks (event_id, hotel, room_type, check_in, check_out, rooms_available, note) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [event.id, input.hotel.trim(), input.roomType.trim(), input.checkIn, input.checkOut, input.roomsAvailable, input.note ?? ''],
      );
      return this.block(this.dataSource.manager, event, id);
    });
  }

  async update(event: EventRef, id: string, input: UpdateHotelBlockDto): Promise<HotelBlockResponse> {
    return this.refusals(async () => {
      const [rows] = await this.dataSource.query(
        `UPDATE hotel_blocks SET hotel = coalesce($3, hotel), room_type = coalesce($4, room_type), check_in = coalesce($5, check_in),
                check_out = coalesce($6, check_out), rooms_available = coalesce($7, rooms_available), note = coalesce($8, note)
          WHERE id = $1 AND event_id = $2 RETURNING id`,
        [id, event.id, input.hotel?.trim(), input.roomType?.trim(), input.checkIn, input.checkOut, input.roomsAvailable, input.note],
      );
      if (rows.length === 0) throw notFound(id);
      return this.block(this.dataSource.manager, event, id);
    });
  }

  async remove(event: EventRef, id: string): Promise<void> {
    await this.refusals(async () => {
      const [, deleted] = await this.dataSource.query(`DELETE FROM hotel_blocks WHERE id = $1 AND event_id = $2`, [id, event.id]);
      if (deleted === 0) throw notFound(id);
    });
  }

  /** Each block with the delegates who booked it, for the hotel's rooming list. */
  async roomingList(event: EventRef): Promise<RoomingListResponse> {
    const blocks = await this.blocks(event);
    const bookings: { registrationId: string; blockId: string; bookedAt: string }[] = await this.dataSource.query(
      `SELECT k.registration_id AS "registrationId", k.block_id AS "blockId", to_char(k.booked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "bookedAt"
         FROM hotel_bookings k JOIN hotel_blocks b ON b.id = k.block_id WHERE b.event_id = $1 ORDER BY k.booked_at, k.registration_id`,
      [event.id],
    );
    const people = await this.registrationQueries.people(
      event.id,
      bookings.map((booking) => booking.registrationId),
    );
    return {
      blocks: blocks.map((block) => ({
        ...block,
        guests: bookings
          .filter((booking) => booking.blockId === block.id)
          .map((booking) => {
            const person = people.get(booking.registrationId)!;
            return {
              registrationId: booking.registrationId,
              fullName: person.fullName,
              email: person.email,
              country: person.country,
              delegation: person.delegationCity,
              bookedAt: booking.bookedAt,
            };
          })
          .sort((a, b) => (a.delegation ?? '').localeCompare(b.delegation ?? '') || a.fullName.localeCompare(b.fullName)),
      })),
    };
  }

  async roomingCsv(event: EventRef): Promise<string> {
    const { blocks } = await this.roomingList(event);
    const records = blocks.flatMap((block) =>
      block.guests.map((guest) => [
        block.hotel,
        block.roomType,
        block.checkIn,
        block.checkOut,
        guest.fullName,
        guest.delegation ?? '',
        guest.country,
        guest.email,
      ]),
    );
    const columns = ['hotel', 'roomType', 'checkIn', 'checkOut', 'fullName', 'delegation', 'country', 'email'];
    return '\uFEFF' + stringifySpreadsheetCsv(records, { header: true, columns, record_delimiter: 'windows' });
  }

  /** What the private link shows: the blocks with rooms left, and the room booked, if any. */
  async forDelegate(token: string, memberId?: string): Promise<DelegateHotelResponse> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await registrationFor(this.registrations, manager, token, memberId);
      const event = { id: registration.eventId, slug: '' };
      return { blocks: await this.blocks(event, manager), booking: await this.bookingOf(manager, event, registration.id) };
    });
  }

  /** Takes a room in the block (or moves the booking there); HOTEL_BLOCK_FULL when none is left. */
  async book(token: string, blockId: string, memberId?: string): Promise<HotelBookingResponse> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await registrationFor(this.registrations, manager, token, memberId);
      if (registration.state !== 'confirmed')
        throw new LogisticsError('BOOKING_NEEDS_CONFIRMED_REGISTRATION', `A ${registration.state} registration cannot book a room`, {
          state: registration.state,
        });
      const event = { id: registration.eventId, slug: '' };
      const block = await this.block(manager, event, blockId);
      try {
        await manager.query(
          `INSERT INTO hotel_bookings (registration_id, block_id) VALUES ($1, $2)
             ON CONFLICT (registration_id) DO UPDATE SET block_id = EXCLUDED.block_id, booked_at = now()
             WHERE hotel_bookings.block_id <> EXCLUDED.block_id`,
          [registration.id, block.id],
        );
      } catch (error) {
        if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'hotel_blocks_not_overbooked'))
          throw new LogisticsError('HOTEL_BLOCK_FULL', `No room left in "${block.hotel}" (${block.roomType})`, {
            hotel: block.hotel,
            roomType: block.roomType,
          });
        throw error;
      }
      return (await this.bookingOf(manager, event, registration.id))!;
    });
  }

  async cancelBooking(token: string, memberId?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const registration = await registrationFor(this.registrations, manager, token, memberId);
      await manager.query(`DELETE FROM hotel_bookings WHERE registration_id = $1`, [registration.id]);
    });
  }

  private async bookingOf(manager: EntityManager, event: EventRef, registrationId: string): Promise<HotelBookingResponse | null> {
    const [row] = await manager.query(
      `SELECT k.block_id AS "blockId", to_char(k.booked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "bookedAt" FROM hotel_bookings k WHERE k.registration_id = $1`,
      [registrationId],
    );
    if (!row) return null;
    return { registrationId, block: await this.block(manager, event, row.blockId), bookedAt: row.bookedAt };
  }

  private async block(manager: EntityManager, event: EventRef, id: string): Promise<HotelBlockResponse> {
    const [block] = await manager.query(`SELECT ${BLOCK_COLUMNS} FROM hotel_blocks b WHERE b.id = $1 AND b.event_id = $2`, [id, event.id]);
    if (!block) throw notFound(id);
    return block;
  }

  /** The database's refusals of a block change, said in the domain's words. */
  private async refusals<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'hotel_blocks_not_overbooked'))
        throw new LogisticsError('HOTEL_BLOCK_BELOW_BOOKED', 'More rooms are booked in this block than that');
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'hotel_blocks_nights'))
        throw new LogisticsError('HOTEL_BLOCK_NIGHTS_INVALID', 'Check-out must come after check-in');
      if (isConstraintViolation(error, PG_FOREIGN_KEY_VIOLATION, 'hotel_bookings_block_id_fkey'))
        throw new LogisticsError('HOTEL_BLOCK_IN_USE', 'Delegates have booked rooms in this block; move or cancel their bookings first');
      throw error;
    }
  }
}

const notFound = (id: string) => new LogisticsError('HOTEL_BLOCK_NOT_FOUND', `No hotel block ${id} in this event`, { blockId: id });

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hotel blocks the organisers hold for delegates, the rooms booked in them, and delegates' arrivals and
 * departures. A block's `rooms_booked` is kept by triggers on its bookings and capped by a CHECK, so a
 * block cannot be overbooked whatever runs at once (the UPDATE takes the block's row lock); a booking of a
 * registration that is cancelled or rejected is dropped in the same transaction, which frees its room.
 * Flight times are local times at the airport, as tickets print them.
 */
export class HotelsAndTravel1734060000001 implements MigrationInterface {
  name = 'HotelsAndTravel1734060000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE hotel_blocks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        hotel text NOT NULL CHECK (length(hotel) BETWEEN 1 AND 200),
        room_type text NOT NULL CHECK (length(room_type) BETWEEN 1 AND 100),
        check_in date NOT NULL,
        check_out date NOT NULL,
        rooms_available int NOT NULL CHECK (rooms_available BETWEEN 0 AND 10000),
        rooms_booked int NOT NULL DEFAULT 0,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT hotel_blocks_nights CHECK (check_out > check_in),
        CONSTRAINT hotel_blocks_not_overbooked CHECK (rooms_booked BETWEEN 0 AND rooms_available)
      )`);
    await db.query(`CREATE INDEX hotel_blocks_event ON hotel_blocks (event_id, hotel, check_in)`);
    await db.query(`
      CREATE TABLE hotel_bookings (
        registration_id uuid PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
        block_id uuid NOT NULL REFERENCES hotel_blocks (id) ON DELETE RESTRICT,
        booked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX hotel_bookings_block ON hotel_bookings (block_id)`);
    await db.query(`
      CREATE FUNCTION hotel_bookings_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          UPDATE hotel_blocks SET rooms_booked = rooms_booked - 1 WHERE id = OLD.block_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE hotel_blocks SET rooms_booked = rooms_booked + 1 WHERE id = NEW.block_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER hotel_bookings_count AFTER INSERT OR DELETE OR UPDATE OF block_id ON hotel_bookings
        FOR EACH ROW EXECUTE FUNCTION hotel_bookings_count()`);
    await db.query(`
      CREATE FUNCTION hotel_bookings_end_with_registration() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM hotel_bookings WHERE registration_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER hotel_bookings_end_with_registration AFTER UPDATE OF state ON registrations
        FOR EACH ROW WHEN (NEW.state IN ('cancelled', 'rejected') AND OLD.state IS DISTINCT FROM NEW.state)
        EXECUTE FUNCTION hotel_bookings_end_with_registration()`);
    await db.query(`
      CREATE TABLE travel_plans (
        registration_id uuid PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        arrival_at timestamp,
        arrival_flight text CHECK (length(arrival_flight) <= 20),
        arrival_airport text CHECK (length(arrival_airport) <= 100),
        departure_at timestamp,
        departure_flight text CHECK (length(departure_flight) <= 20),
        departure_airport text CHECK (length(departure_airport) <= 100),
        needs_transfer boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT travel_plans_order CHECK (departure_at IS NULL OR arrival_at IS NULL OR departure_at > arrival_at)
      )`);
    await db.query(`CREATE INDEX travel_plans_event ON travel_plans (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE travel_plans`);
    await db.query(`DROP TRIGGER hotel_bookings_end_with_registration ON registrations`);
    await db.query(`DROP FUNCTION hotel_bookings_end_with_registration()`);
    await db.query(`DROP TABLE hotel_bookings`);
    await db.query(`DROP FUNCTION hotel_bookings_count()`);
    await db.query(`DROP TABLE hotel_blocks`);
  }
}

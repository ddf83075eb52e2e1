import { MigrationInterface, QueryRunner } from 'typeorm';

export class Programme1732665600000 implements MigrationInterface {
  name = 'Programme1732665600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        -- The schedule formats want a unique positive integer id beside the guid.
        number integer GENERATED ALWAYS AS IDENTITY,
        type text NOT NULL CHECK (type IN ('plenary', 'parallel', 'workshop', 'panel', 'ceremony', 'break', 'social')),
        title jsonb NOT NULL CHECK (jsonb_typeof(title) = 'object' AND title <> '{}'),
        abstract jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(abstract) = 'object'),
        track_id uuid REFERENCES tracks (id) ON DELETE SET NULL,
        room_id uuid REFERENCES rooms (id) ON DELETE RESTRICT,
        during tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
        seat_limit integer CHECK (seat_limit > 0),
        seats_taken integer NOT NULL DEFAULT 0,
        chairs text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sessions_number_key UNIQUE (number),
        CONSTRAINT sessions_seats_respected CHECK (seats_taken >= 0 AND (seat_limit IS NULL OR seats_taken <= seat_limit)),
        -- Two sessions never share a room at overlapping times, whoever books first.
        CONSTRAINT sessions_room_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (room_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX sessions_event_idx ON sessions (event_id, during)`);

    // A session lies within the event's days, in the event's own time zone.
    await db.query(`
      CREATE FUNCTION sessions_within_event() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE e events%ROWTYPE;
      BEGIN
        SELECT * INTO e FROM events WHERE id = NEW.event_id;
        IF lower(NEW.during) < (e.start_date::timestamp AT TIME ZONE e.time_zone)
           OR upper(NEW.during) > ((e.end_date + 1)::timestamp AT TIME ZONE e.time_zone) THEN
          RAISE EXCEPTION 'session outside the event''s dates' USING ERRCODE = '23514', CONSTRAINT = 'sessions_within_event';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER sessions_within_event BEFORE INSERT OR UPDATE OF during, event_id ON sessions FOR EACH ROW EXECUTE FUNCTION sessions_within_event()`,
    );

    await db.query(`
      CREATE TABLE slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        during tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
        CONSTRAINT slots_overlap EXCLUDE USING gist (session_id WITH =, during WITH &&)
      )`);
    await db.query(`
      CREATE FUNCTION slots_within_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = NEW.session_id AND s.during @> NEW.during) THEN
          RAISE EXCEPTION 'slot outside its session' USING ERRCODE = '23514', CONSTRAINT = 'slots_within_session';
        END IF;
        RETURN NEW;
      END $$`);
    // Deferred, so that moving a session and its slots together is one consistent change.
    await db.query(
      `CREATE CONSTRAINT TRIGGER slots_within_session AFTER INSERT OR UPDATE ON slots DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slots_within_session()`,
    );

    await db.query(`
      CREATE TABLE slot_speakers (
        slot_id uuid NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        -- A copy of the slot's time, kept in step by a trigger, so the database can refuse a speaker in two places at once.
        during tstzrange NOT NULL,
        position smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (slot_id, user_id),
        CONSTRAINT slot_speakers_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&)
      )`);
    await db.query(`
      CREATE FUNCTION slot_speakers_follow_slot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE slot_speakers SET during = NEW.during WHERE slot_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER slot_speakers_follow_slot AFTER UPDATE OF during ON slots FOR EACH ROW EXECUTE FUNCTION slot_speakers_follow_slot()`);

    await db.query(`
      CREATE TABLE programme_versions (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES users (id) ON DELETE SET NULL,
        snapshot jsonb NOT NULL,
        changelog jsonb NOT NULL,
        PRIMARY KEY (event_id, number)
      )`);

    // Personal agendas: a confirmed delegate's sign-ups, with a per-session waiting list.
    await db.query(`
      CREATE TABLE agenda_entries (
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('signed-up', 'waitlisted')),
        queue_number bigint GENERATED ALWAYS AS IDENTITY,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registration_id, session_id)
      )`);
    await db.query(`CREATE INDEX agenda_entries_session_idx ON agenda_entries (session_id, state, queue_number)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['agenda_entries', 'programme_versions', 'slot_speakers', 'slots', 'sessions']) await db.query(`DROP TABLE ${table}`);
    for (const fn of ['slot_speakers_follow_slot', 'slots_within_session', 'sessions_within_event']) await db.query(`DROP FUNCTION ${fn}`);
  }
}

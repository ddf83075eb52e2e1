import { Injectable } from '@nestjs/common';
import { SessionAudience, type SessionFollower, type WithdrawnSignUp } from '@app/programme';
import { DataSource, EntityManager } from 'typeorm';

/** The programme's view of the agendas: who follows which sessions. */
@Injectable()
export class AgendaAudience extends SessionAudience {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  followersOf(manager: EntityManager, eventId: string, sessionIds: string[], withdrawn: WithdrawnSignUp[]): Promise<SessionFollower[]> {
    return manager.query(
      `SELECT r.email, r.full_name AS name, r.language, array_agg(DISTINCT a.session_id) AS "sessionIds"
         FROM (SELECT registration_id, session_id::text AS session_id FROM agenda_entries
               UNION ALL
               SELECT * FROM unnest($3::uuid[], $4::text[])) a (registration_id, session_id)
         JOIN registrations r ON r.id = a.registration_id
        WHERE a.session_id = ANY($1) AND r.state = 'confirmed' AND r.event_id = $2
        GROUP BY r.email, r.full_name, r.language`,
      [sessionIds, eventId, withdrawn.map((signUp) => signUp.registrationId), withdrawn.map((signUp) => signUp.sessionId)],
    );
  }

  sharedSignUps(eventId: string): Promise<{ a: string; b: string; delegates: number }[]> {
    return this.dataSource.query(
      `SELECT a1.session_id AS a, a2.session_id AS b, count(DISTINCT a1.registration_id)::int AS delegates
         FROM agenda_entries a1
         JOIN agenda_entries a2 ON a2.registration_id = a1.registration_id AND a2.session_id > a1.session_id
         JOIN registrations r ON r.id = a1.registration_id
        WHERE r.event_id = $1
        GROUP BY a1.session_id, a2.session_id`,
      [eventId],
    );
  }
}

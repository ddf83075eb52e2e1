import { Injectable } from '@nestjs/common';
import { AuthService, type EventRef } from '@app/auth';
import { Outbox } from '@app/notifications';
import { eventDirectory } from '@app/events';
import { DataSource, EntityManager } from 'typeorm';
import { type ChangelogEntry, computeChangelog, speakersAffected } from './changelog.js';
import type { ProgrammeSnapshot, PublishedProgramme } from './programme-snapshot.js';
import { readDraft } from './snapshot.repository.js';
import { ProgrammeError } from './programme.error.js';
import { PublishedVersions } from './published-versions.js';
import { SessionAudience, type SessionFollower, type WithdrawnSignUp } from './session-audience.js';

export interface PublishedVersion extends PublishedProgramme {
  changelog: ChangelogEntry[];
}

/**
 * Freezes the draft as the next numbered version with its changelog, and tells every speaker
 * and delegate whose sessions changed, once per person per publication, in the same transaction.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audience: SessionAudience,
    private readonly auth: AuthService,
    private readonly publishedVersions: PublishedVersions,
  ) {}

  /** What publishing now would change, without publishing. */
  async preview(event: EventRef): Promise<{ nextVersion: number; changelog: ChangelogEntry[] }> {
    const previous = await this.latestOf(this.dataSource.manager, event.id);
    const draft = await readDraft(this.dataSource.manager, event.id);
    return { nextVersion: (previous?.version ?? 0) + 1, changelog: computeChangelog(previous?.snapshot ?? null, draft) };
  }

  async publish(event: EventRef, publishedBy: string | null): Promise<PublishedVersion> {
    const published = await this.dataSource.transaction(async (manager) => {
      // One publication at a time per event: the event row is the lock.
      if (!(await eventDirectory.lock(manager, event.id)))
        throw new ProgrammeError('EVENT_NOT_FOUND', `No event with slug "${event.slug}"`, { slug: event.slug });
      const previous = await this.latestOf(manager, event.id);
      const draft = await readDraft(manager, event.id);
      // What a version keeps is what delegates get; the organisers' own-versus-room split stays in the draft.
      const snapshot = { ...draft, sessions: draft.sessions.map(({ ownAccess: _own, ...session }) => session) };
      const changelog = computeChangelog(previous?.snapshot ?? null, snapshot);
      if (previous && changelog.length === 0)
        throw new ProgrammeError('PROGRAMME_UNCHANGED', `Nothing has changed since v${previous.version}`, { version: previous.version });
      const version = (previous?.version ?? 0) + 1;
      const [{ publishedAt }] = await manager.query(
        `INSERT INTO programme_versions (event_id, number, published_by, snapshot, changelog) VALUES ($1, $2, $3, $4, $5)
         RETURNING to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt"`,
        [event.id, version, publishedBy, snapshot, JSON.stringify(changelog)],
      );
      // Who had signed up for published sessions deleted since (kept by a trigger on sessions, as the
      // delete drops their agenda entries): told now, and only now.
      const [withdrawn]: [WithdrawnSignUp[], number] = await manager.query(
        `DELETE FROM cancelled_session_sign_ups WHERE event_id = $1 RETURNING registration_id AS "registrationId", session_id::text AS "sessionId"`,
        [event.id],
      );
      if (previous) await this.notify(manager, event.id, version, changelog, previous.snapshot, snapshot, withdrawn);
      return { version, publishedAt, snapshot, changelog };
    });
    // Other processes hear of it from the trigger's NOTIFY; this one must not answer with the old version meanwhile.
    this.publishedVersions.forget(event.id);
    return published;
  }

  /** The latest published version, or 404 when nothing has been published yet. */
  async latest(event: EventRef): Promise<PublishedProgramme> {
    const latest = await this.latestOf(this.dataSource.manager, event.id);
    if (!latest) throw new ProgrammeError('PROGRAMME_NOT_PUBLISHED', `The programme of "${event.slug}" has not been published yet`, { slug: event.slug });
    return latest;
  }

  /** Just the number, cheap enough to answer conditional requests without loading the snapshot. */
  async latestVersionNumber(event: EventRef): Promise<number | null> {
    const [row] = await this.dataSource.query(`SELECT max(number) AS version FROM programme_versions WHERE event_id = $1`, [event.id]);
    return row?.version ?? null;
  }

  async versions(event: EventRef): Promise<{ version: number; publishedAt: string; changelog: ChangelogEntry[] }[]> {
    return this.dataSource.query(
      `SELECT number AS version, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", changelog
         FROM programme_versions WHERE event_id = $1 ORDER BY number DESC`,
      [event.id],
    );
  }

  private async latestOf(manager: EntityManager, eventId: string): Promise<PublishedProgramme | undefined> {
    const [row] = await manager.query(
      `SELECT number AS version, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", snapshot
         FROM programme_versions WHERE event_id = $1 ORDER BY number DESC LIMIT 1`,
      [eventId],
    );
    return row;
  }

  private async notify(
    manager: EntityManager,
    eventId: string,
    version: number,
    changelog: ChangelogEntry[],
    previous: ProgrammeSnapshot,
    next: ProgrammeSnapshot,
    withdrawn: WithdrawnSignUp[],
  ): Promise<void> {
    const speakers = speakersAffected(changelog, previous, next);
    const changed = [...new Set(changelog.map((entry) => entry.sessionId))];
    const users = await this.auth.contactsOf([...speakers.keys()], manager);
    const delegates = await this.audience.followersOf(manager, eventId, changed, withdrawn);
    // One message per person per publication: a speaker who is also a delegate hears of both.
    const recipients = new Map<string, SessionFollower>();
    for (const person of [...users.map((user) => ({ ...user, sessionIds: [...speakers.get(user.id)!] })), ...delegates]) {
      const known = recipients.get(person.email);
      recipients.set(person.email, known ? { ...known, sessionIds: [...new Set([...known.sessionIds, ...person.sessionIds])] } : person);
    }
    for (const recipient of recipients.values()) {
      await this.outbox.add(manager, {
        eventId,
        kind: 'programme-changed',
        recipientEmail: recipient.email,
        recipientName: recipient.name,
        language: recipient.language,
        about: { eventId, version: String(version), sessionIds: recipient.sessionIds.join(',') },
        dedupKey: `programme:${eventId}:v${version}:${recipient.email}`,
      });
    }
  }
}

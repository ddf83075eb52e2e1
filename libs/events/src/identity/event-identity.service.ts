import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { type Translations, translated } from '@app/config';
import type { DocumentIdentity } from '@app/documents';
import { FileStorage } from '@app/storage';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { EventIdentityResponse, SetSignatoriesDto, UpdateEventIdentityDto } from '../dto/identity.dto.js';
import { EventsError } from '../events.error.js';
import { type IdentityImageUpload, readIdentityImage } from './identity-image.js';

interface IdentityRow {
  organiserName: string;
  eventOrganiser: string;
  eventName: string;
  eventTranslations: Translations<'name'> | null;
  languages: string[];
  primaryColour: string | null;
  accentColour: string | null;
  emblemKey: string | null;
  emblemType: string | null;
}

interface SignatoryRow {
  id: string;
  position: number;
  name: string;
  title: string;
  signatureKey: string | null;
}

const DEFAULT_PRIMARY = '#1d3557';
const DEFAULT_ACCENT = '#c9a227';

/** The event's identity on paper: emblem, colours, organiser and the people who sign its documents. */
@Injectable()
export class EventIdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async get(event: EventRef): Promise<EventIdentityResponse> {
    const row = await this.row(event.id);
    const signatories = await this.signatories(event.id);
    return {
      organiserName: row.organiserName,
      printedOrganiserName: row.organiserName || row.eventOrganiser,
      primaryColour: row.primaryColour ?? DEFAULT_PRIMARY,
      accentColour: row.accentColour ?? DEFAULT_ACCENT,
      hasEmblem: !!row.emblemKey,
      signatories: signatories.map(({ signatureKey, ...signatory }) => ({ ...signatory, hasSignature: !!signatureKey })),
    };
  }

  async update(event: EventRef, dto: UpdateEventIdentityDto): Promise<EventIdentityResponse> {
    await this.dataSource.query(
      `INSERT INTO event_identities (event_id, organiser_name, primary_colour, accent_colour) VALUES ($1, coalesce($2, ''), coalesce($3, $5), coalesce($4, $6))
       ON CONFLICT (event_id) DO UPDATE SET organiser_name = coalesce($2, event_identities.organiser_name),
         primary_colour = coalesce($3, event_identities.primary_colour), accent_colour = coalesce($4, event_identities.accent_colour), updated_at = now()`,
      [event.id, dto.organiserName?.trim() ?? null, dto.primaryColour ?? null, dto.accentColour ?? null, DEFAULT_PRIMARY, DEFAULT_ACCENT],
    );
    return this.get(event);
  }

  async setEmblem(event: EventRef, file: IdentityImageUpload): Promise<EventIdentityResponse> {
    const image = await readIdentityImage(file);
    const key = `identity/${event.id}/emblem-${randomUUID()}`;
    await this.storage.write(key, bufferStream(image.bytes));
    const [old]: { key: string | null }[] = await this.dataSource
      .query(
        `WITH old AS (SELECT emblem_key AS key FROM event_identities WHERE event_id = $1 FOR UPDATE)
         INSERT INTO event_identities (event_id, emblem_key, emblem_type) VALUES ($1, $2, $3)
         ON CONFLICT (event_id) DO UPDATE SET emblem_key = $2, emblem_type = $3, updated_at = now()
         RETURNING (SELECT key FROM old) AS key`,
        [event.id, key, image.mediaType],
      )
      .catch(async (error: unknown) => {
        await this.storage.delete(key).catch(() => undefined);
        throw error;
      });
    if (old?.key) await this.storage.delete(old.key).catch(() => undefined);
    return this.get(event);
  }

  async removeEmblem(event: EventRef): Promise<EventIdentityResponse> {
    const [old]: { key: string | null }[] = await this.dataSource.query(
      `WITH old AS (SELECT emblem_key AS key FROM event_identities WHERE event_id = $1 FOR UPDATE)
       UPDATE event_identities SET emblem_key = NULL, emblem_type = NULL, updated_at = now() WHERE event_id = $1 RETURNING (SELECT key FROM old) AS key`,
      [event.id],
    );
    if (old?.key) await this.storage.delete(old.key).catch(() => undefined);
    return this.get(event);
  }

  /** The emblem is public: it heads the event's public page as it heads its documents. */
  async emblem(event: EventRef): Promise<{ stream: Readable; mediaType: string }> {
    const row = await this.row(event.id);
    if (!row.emblemKey || !row.emblemType) throw new EventsError('EMBLEM_NOT_FOUND', 'This event has no emblem');
    return { stream: await this.storage.read(row.emblemKey), mediaType: row.emblemType };
  }

  /** Replaces the list: signatories named by id keep their signature image; those left out are removed. */
  async setSignatories(event: EventRef, dto: SetSignatoriesDto): Promise<EventIdentityResponse> {
    const removedKeys = await this.dataSource.transaction(async (manager) => {
      const current: { id: string; key: string | null }[] = await manager.query(
        `SELECT id, signature_key AS key FROM event_signatories WHERE event_id = $1 ORDER BY position FOR UPDATE`,
        [event.id],
      );
      const kept = new Set(dto.signatories.flatMap((signatory) => (signatory.id ? [signatory.id] : [])));
      const unknown = [...kept].filter((id) => !current.some((row) => row.id === id));
      if (unknown.length) throw new EventsError('SIGNATORY_NOT_FOUND', 'No such signatory in this event', { id: unknown[0] });
      const removed = current.filter((row) => !kept.has(row.id));
      await manager.query(`DELETE FROM event_signatories WHERE event_id = $1 AND NOT (id = ANY($2))`, [event.id, [...kept]]);
      await manager.query(`SET CONSTRAINTS event_signatories_position_key DEFERRED`);
      for (const [position, signatory] of dto.signatories.entries()) {
        if (signatory.id) {
          await manager.query(`UPDATE event_signatories SET position = $3, name = $4, title = $5 WHERE event_id = $1 AND id = $2`, [
            event.id,
            signatory.id,
            position,
            signatory.name.trim(),
            signatory.title.trim(),
          ]);
        } else {
          await manager.query(`INSERT INTO event_signatories (event_id, position, name, title) VALUES ($1, $2, $3, $4)`, [
            event.id,
            position,
            signatory.name.trim(),
            signatory.title.trim(),
          ]);
        }
      }
      return removed.flatMap((row) => (row.key ? [row.key] : []));
    });
    for (const key of removedKeys) await this.storage.delete(key).catch(() => undefined);
    return this.get(event);
  }

  async setSignature(event: EventRef, signatoryId: string, file: IdentityImageUpload): Promise<EventIdentityResponse> {
    await this.signatory(event, signatoryId);
    const image = await readIdentityImage(file);
    const key = `identity/${event.id}/signature-${randomUUID()}`;
    await this.storage.write(key, bufferStream(image.bytes));
    const [old]: { key: string | null }[] = await this.dataSource.query(
      `WITH old AS (SELECT signature_key AS key FROM event_signatories WHERE event_id = $1 AND id = $2 FOR UPDATE)
       UPDATE event_signatories SET signature_key = $3, signature_type = $4 WHERE event_id = $1 AND id = $2 RETURNING (SELECT key FROM old) AS key`,
      [event.id, signatoryId, key, image.mediaType],
    );
    if (!old) {
      await this.storage.delete(key).catch(() => undefined);
      throw new EventsError('SIGNATORY_NOT_FOUND', 'No such signatory in this event', { id: signatoryId });
    }
    if (old.key) await this.storage.delete(old.key).catch(() => undefined);
    return this.get(event);
  }

  async signature(event: EventRef, signatoryId: string): Promise<{ stream: Readable; mediaType: string }> {
    const [row]: { key: string | null; mediaType: string | null }[] = await this.dataSource.query(
      `SELECT signature_key AS key, signature_type AS "mediaType" FROM event_signatories WHERE event_id = $1 AND id = $2`,
      [event.id, signatoryId],
    );
    if (!row?.key || !row.mediaType) throw new EventsError('SIGNATORY_NOT_FOUND', 'No signature image for this signatory', { id: signatoryId });
    return { stream: await this.storage.read(row.key), mediaType: row.mediaType };
  }

  /** Everything a document draws, images read into memory (each is at most a few hundred kB). */
  async forDocuments(event: EventRef): Promise<DocumentIdentity> {
    const row = await this.row(event.id);
    const signatories = await this.signatories(event.id);
    return {
      eventName: row.eventName,
      eventNames: Object.fromEntries(row.languages.slice(1).map((language) => [language, translated(row.eventName, row.eventTranslations, 'name', language)])),
      organiserName: row.organiserName || row.eventOrganiser,
      primaryColour: row.primaryColour ?? DEFAULT_PRIMARY,
      accentColour: row.accentColour ?? DEFAULT_ACCENT,
      emblem: row.emblemKey ? await this.readAll(row.emblemKey) : undefined,
      signatories: await Promise.all(
        signatories.map(async (signatory) => ({
          name: signatory.name,
          title: signatory.title,
          signature: signatory.signatureKey ? await this.readAll(signatory.signatureKey) : undefined,
        })),
      ),
    };
  }

  private async readAll(key: string): Promise<Buffer | undefined> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of await this.storage.read(key)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    } catch {
      // A lost image must not stop a certificate from printing: it prints without it.
      return undefined;
    }
  }

  private async signatory(event: EventRef, signatoryId: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM event_signatories WHERE event_id = $1 AND id = $2`, [event.id, signatoryId]);
    if (!row) throw new EventsError('SIGNATORY_NOT_FOUND', 'No such signatory in this event', { id: signatoryId });
  }

  private async row(eventId: string): Promise<IdentityRow> {
    const [row]: IdentityRow[] = await this.dataSource.query(
      `SELECT coalesce(i.organiser_name, '') AS "organiserName", e.organiser AS "eventOrganiser", e.name AS "eventName",
              e.translations AS "eventTranslations", e.languages,
              i.primary_colour AS "primaryColour", i.accent_colour AS "accentColour", i.emblem_key AS "emblemKey", i.emblem_type AS "emblemType"
         FROM events e LEFT JOIN event_identities i ON i.event_id = e.id WHERE e.id = $1`,
      [eventId],
    );
    if (!row) throw new EventsError('EVENT_NOT_FOUND', `No event ${eventId}`, { id: eventId });
    return row;
  }

  private signatories(eventId: string): Promise<SignatoryRow[]> {
    return this.dataSource.query(
      `SELECT id, position, name, title, signature_key AS "signatureKey" FROM event_signatories WHERE event_id = $1 ORDER BY position`,
      [eventId],
    );
  }
}

function bufferStream(bytes: Buffer): Readable {
  return Readable.from([bytes]);
}

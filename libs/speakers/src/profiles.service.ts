import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { detectPhotoType, FileStorage } from '@app/storage';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { AuthService } from '@app/auth';
import type { IncomingFile } from './slides.service.js';
import { SpeakersError } from './speakers.error.js';

export interface SpeakerProfile {
  userId: string;
  name: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  /** Short biography per language code. */
  biography: Record<string, string>;
  hasPhoto: boolean;
  updatedAt: Date | null;
}

export type ProfileChanges = Partial<Omit<SpeakerProfile, 'userId' | 'hasPhoto' | 'updatedAt'>>;

const COLUMNS = `p.name, coalesce(p.title, '') AS title, coalesce(p.organisation, '') AS organisation,
  coalesce(p.city, '') AS city, coalesce(p.country, '') AS country, coalesce(p.biography, '{}') AS biography, p.photo_key IS NOT NULL AS "hasPhoto", p.updated_at AS "updatedAt"`;

/** A speaker's profile: one per person, shown on every event they speak at. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly auth: AuthService,
  ) {}

  async get(userId: string): Promise<SpeakerProfile> {
    const [account] = await this.auth.namesOf([userId]);
    if (!account) throw new SpeakersError('USER_NOT_FOUND', 'No such user', { userId });
    // A person without a profile yet has an empty one under their account's name.
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM (SELECT 1) AS one LEFT JOIN speaker_profiles p ON p.user_id = $1`, [userId]);
    return { userId, ...row, name: row.name ?? account.displayName };
  }

  async update(userId: string, changes: ProfileChanges): Promise<SpeakerProfile> {
    const current = await this.get(userId);
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = { ...current, ...given };
    await this.dataSource.query(
      `INSERT INTO speaker_profiles (user_id, name, title, organisation, city, country, biography) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name, title = EXCLUDED.title, organisation = EXCLUDED.organisation,
         city = EXCLUDED.city, country = EXCLUDED.country, biography = EXCLUDED.biography, updated_at = now()`,
      [userId, next.name, next.title, next.organisation, next.city, next.country, next.biography],
    );
    return this.get(userId);
  }

  /**
   * JPEG, PNG or WebP by content, within the limit; re-encoded in the same format, which drops
   * every piece of metadata (EXIF GPS, camera serials) after applying the EXIF orientation.
   */
  async setPhoto(userId: string, file: IncomingFile): Promise<SpeakerProfile> {
    const current = await this.get(userId);
    let bytes: Buffer;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of file.stream) chunks.push(chunk as Buffer);
      bytes = Buffer.concat(chunks);
    } catch (error) {
      if (file.truncated() || (error as { statusCode?: number }).statusCode === 413)
        throw new SpeakersError('FILE_TOO_LARGE', 'The photo is larger than the limit');
      throw new SpeakersError('UPLOAD_INTERRUPTED', 'The upload was interrupted before the photo was complete');
    }
    if (file.truncated()) throw new SpeakersError('FILE_TOO_LARGE', 'The photo is larger than the limit');
    if (bytes.length === 0) throw new SpeakersError('FILE_EMPTY', 'The file is empty');
    const type = await detectPhotoType(bytes);
    if (!type)
      throw new SpeakersError('FILE_TYPE_REFUSED', 'A photo must be JPEG, PNG or WebP (detected from the content)', { accepted: ['JPEG', 'PNG', 'WebP'] });
    let clean: Buffer;
    try {
      const image = sharp(bytes, { failOn: 'error' }).rotate();
      clean = await (type.extension === 'jpg' ? image.jpeg({ quality: 88 }) : type.extension === 'png' ? image.png() : image.webp({ quality: 88 })).toBuffer();
    } catch {
      throw new SpeakersError('PHOTO_UNREADABLE', 'The photo could not be read as an image');
    }
    const key = `photos/${userId}/${randomUUID()}`;
    await this.storage.write(key, Readable.from([clean]));
    const [old] = await this.dataSource.query(`SELECT photo_key AS key FROM speaker_profiles WHERE user_id = $1`, [userId]);
    await this.dataSource.query(
      `INSERT INTO speaker_profiles (user_id, name, photo_key, photo_type) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET photo_key = EXCLUDED.photo_key, photo_type = EXCLUDED.photo_type, updated_at = now()`,
      [userId, current.name, key, type.mediaType],
    );
    if (old?.key) await this.storage.delete(old.key).catch(() => undefined);
    return this.get(userId);
  }

  /**
   * What a programme prints about its speakers: name, title, organisation, biography and whether there is a
   * photo; never their e-mail, city or country. Someone without a profile keeps the name the programme gives.
   */
  async publicProfiles(speakers: { userId: string; name: string }[]): Promise<Omit<SpeakerProfile, 'city' | 'country' | 'updatedAt'>[]> {
    if (speakers.length === 0) return [];
    const rows: { userId: string; name: string; title: string; organisation: string; biography: Record<string, string>; hasPhoto: boolean }[] =
      await this.dataSource.query(
        `SELECT user_id AS "userId", name, coalesce(title, '') AS title, coalesce(organisation, '') AS organisation,
           coalesce(biography, '{}') AS biography, photo_key IS NOT NULL AS "hasPhoto"
         FROM speaker_profiles WHERE user_id = ANY($1::uuid[])`,
        [speakers.map((speaker) => speaker.userId)],
      );
    const byId = new Map(rows.map((row) => [row.userId, row]));
    return speakers.map(
      (speaker) => byId.get(speaker.userId) ?? { userId: speaker.userId, name: speaker.name, title: '', organisation: '', biography: {}, hasPhoto: false },
    );
  }

  /** Photos of people who speak at some event are public, as on a printed programme. */
  async photo(userId: string, requireSpeaker: boolean): Promise<{ stream: Readable; mediaType: string }> {
    const [row] = await this.dataSource.query(
      `SELECT photo_key AS key, photo_type AS "mediaType" FROM speaker_profiles p WHERE p.user_id = $1 AND p.photo_key IS NOT NULL`,
      [userId],
    );
    if (row && requireSpeaker && !(await this.auth.holdsRoleAnywhere(userId, 'speaker'))) throw new SpeakersError('PHOTO_NOT_FOUND', 'No photo');
    if (!row) throw new SpeakersError('PHOTO_NOT_FOUND', 'No photo');
    return { stream: await this.storage.read(row.key), mediaType: row.mediaType };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { type EventContext, holdsEventRole } from '@app/auth';
import { detectDossierType, FileStorage, isTooLarge, sniffUpload } from '@app/storage';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { type ApplicationStage, type DocumentFileType, SECRETARIAT_STAGES } from './dto/application.dto.js';
import type { DossierDocumentResponse } from './dto/nomination.dto.js';
import { JuryService } from './jury.service.js';
import { RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';

export interface DossierUpload {
  stream: Readable;
  filename: string;
  /** True once the transport cut the file at its size limit. */
  truncated(): boolean;
}

export interface DossierDownload {
  stream: Readable;
  fileName: string;
  mediaType: string;
  size: number;
}

const ALL_TYPES: readonly DocumentFileType[] = ['pdf', 'png', 'jpeg'];
const TYPE_OF: Record<string, DocumentFileType> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpeg' };

/** File-type's signatures need at most this much of the start of a PDF, PNG or JPEG. */
const DOSSIER_SNIFF_BYTES = 4100;

/** Dossier files of nominations, kept through the storage port (local disk or S3). */
@Injectable()
export class DossierService {
  private readonly logger = new Logger(DossierService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly rounds: RoundsService,
    private readonly jury: JuryService,
  ) {}

  /** Checks the nomination before a byte of the body is read. */
  async assertMayUpload(event: EventContext, roundId: string, nominationId: string): Promise<void> {
    const round = await this.rounds.find(event, roundId);
    if (round.closed) throw new AwardsError('JUDGING_CLOSED', 'Judging has closed; the dossier can no longer change');
    const [row] = await this.dataSource.query(`SELECT 1 FROM award_nominations WHERE round_id = $1 AND id = $2`, [round.id, nominationId]);
    if (!row) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such nomination in this round');
  }

  async upload(event: EventContext, roundId: string, nominationId: string, file: DossierUpload): Promise<DossierDocumentResponse> {
    await this.assertMayUpload(event, roundId, nominationId);
    return this.store(nominationId, file, ALL_TYPES, null);
  }

  /**
   * Keeps a file of a nomination, of one of the accepted types, for a checklist item of the round or
   * for the dossier at large. The caller has checked who may add it.
   */
  async store(
    nominationId: string,
    file: DossierUpload,
    accepted: readonly DocumentFileType[],
    requirementId: string | null,
  ): Promise<DossierDocumentResponse> {
    // What a dossier may hold is told from the first bytes, never from the name or the client's word.
    const sniffed = await this.readOrFail(file, () => sniffUpload(file.stream, DOSSIER_SNIFF_BYTES, detectDossierType));
    if (sniffed.head.length === 0) throw new AwardsError('FILE_EMPTY', 'The file is empty');
    const type = sniffed.type;
    if (!type || !accepted.includes(TYPE_OF[type.mediaType])) {
      await sniffed.discard();
      if (file.truncated()) throw this.tooLarge();
      const names = accepted.map((name) => name.toUpperCase());
      throw new AwardsError('FILE_TYPE_REFUSED', `This document must be ${names.join(' or ')} (detected from the content, not the name)`, {
        accepted: names,
      });
    }
    const id = randomUUID();
    const key = `dossiers/${nominationId}/${id}`;
    await this.readOrFail(file, () => this.storage.write(key, sniffed.body), key);
    if (file.truncated()) {
      await this.storage.delete(key);
      throw this.tooLarge();
    }
    const { size } = sniffed.digest();
    const filename = (file.filename || 'dossier')
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f/\\]+/g, '_')
      .slice(0, 255);
    try {
      const [row] = await this.dataSource.query(
        `INSERT INTO award_nomination_documents (id, nomination_id, filename, content_type, size_bytes, storage_key, requirement_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, filename, content_type AS "contentType", size_bytes::float AS "sizeBytes", true AS stored`,
        [id, nominationId, filename, type.mediaType, size, key, requirementId],
      );
      return row;
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /** The secretariat reads an application's files once its Commission endorsed it, not before. */
  async forOrganiser(event: EventContext, roundId: string, nominationId: string, documentId: string): Promise<DossierDownload> {
    const round = await this.rounds.find(event, roundId);
    const [nomination] = await this.dataSource.query(`SELECT stage FROM award_nominations WHERE round_id = $1 AND id = $2`, [round.id, nominationId]);
    if (!nomination || !SECRETARIAT_STAGES.includes(nomination.stage)) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such nomination in this round');
    return this.download(round.id, nominationId, documentId);
  }

  /**
   * A file of an application, for each party at its stage: the city's representative always, its
   * Commission's officers once submitted, the secretariat once endorsed, jurors once shortlisted (and
   * assigned, not conflicted). To anyone else the application does not exist.
   */
  async forApplicationParty(event: EventContext, roundId: string, applicationId: string, documentId: string, userId: string): Promise<DossierDownload> {
    const round = await this.rounds.find(event, roundId);
    const [application]: { stage: ApplicationStage; represents: boolean; officer: boolean }[] = await this.dataSource.query(
      `SELECT n.stage,
              EXISTS (SELECT 1 FROM award_city_representatives p WHERE p.city_id = n.city_id AND p.user_id = $3) AS represents,
              EXISTS (SELECT 1 FROM award_commission_contacts k WHERE k.commission_id = n.commission_id AND k.user_id = $3) AS officer
         FROM award_nominations n WHERE n.round_id = $1 AND n.id = $2`,
      [round.id, applicationId, userId],
    );
    const allowed =
      application &&
      ((event.roles.includes('representative') && application.represents) ||
        (event.roles.includes('commission') && application.officer && application.stage !== 'draft') ||
        (holdsEventRole(event, 'organiser') && SECRETARIAT_STAGES.includes(application.stage)) ||
        (event.roles.includes('juror') && (await this.jurorSees(event, round.id, applicationId, userId))));
    if (!allowed) throw new AwardsError('APPLICATION_NOT_FOUND', 'No such application at a stage you take part in');
    return this.download(round.id, applicationId, documentId);
  }

  private async jurorSees(event: EventContext, roundId: string, applicationId: string, userId: string): Promise<boolean> {
    return this.jury.myNomination(event, roundId, applicationId, userId).then(
      () => true,
      (error: unknown) => {
        if (error instanceof AwardsError && error.code === 'NOMINATION_NOT_FOUND') return false;
        throw error;
      },
    );
  }

  /** A juror reaches a document only through a nomination they may see. */
  async forJuror(event: EventContext, roundId: string, nominationId: string, documentId: string, userId: string): Promise<DossierDownload> {
    await this.jury.myNomination(event, roundId, nominationId, userId);
    return this.download(roundId, nominationId, documentId);
  }

  private async download(roundId: string, nominationId: string, documentId: string): Promise<DossierDownload> {
    const [document] = await this.dataSource.query(
      `SELECT d.filename, d.content_type AS "mediaType", d.size_bytes::float AS size, d.storage_key AS key
         FROM award_nomination_documents d JOIN award_nominations n ON n.id = d.nomination_id WHERE n.round_id = $1 AND n.id = $2 AND d.id = $3`,
      [roundId, nominationId, documentId],
    );
    if (!document) throw new AwardsError('DOSSIER_DOCUMENT_NOT_FOUND', 'No such dossier document');
    if (!document.key) throw new AwardsError('DOSSIER_FILE_MISSING', 'Only this document’s description was recorded; its file has not been uploaded');
    return { stream: await this.storage.read(document.key), fileName: document.filename, mediaType: document.mediaType, size: document.size };
  }

  private async readOrFail<T>(file: DossierUpload, step: () => Promise<T>, key?: string): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (key) await this.storage.delete(key).catch(() => undefined);
      if (file.truncated() || isTooLarge(error)) throw this.tooLarge();
      this.logger.warn(`A dossier upload was cut off: ${error instanceof Error ? error.message : String(error)}`);
      throw new AwardsError('UPLOAD_INTERRUPTED', 'The upload was interrupted before the file was complete');
    }
  }

  private tooLarge(): AwardsError {
    return new AwardsError('FILE_TOO_LARGE', 'The file is larger than the upload limit');
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { detectDossierType, FileStorage, isTooLarge, sniffUpload } from '@app/storage';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { actAs } from '../registration-actor.js';
import type { RegistrationEntity } from '../registration.entity.js';
import { RegistrationError } from '../registration.error.js';
import { assertEditable, RegistrationService } from '../registration.service.js';
import { settleAnswers } from './answer-rules.js';
import type { RegistrationAnswersResponse } from './dto/answer.dto.js';
import { loadAnswers, loadQuestions, writeAnswers } from './question-sql.js';

export interface AnswerFileUpload {
  stream: Readable;
  filename: string;
  truncated(): boolean;
}

export interface AnswerFileDownload {
  stream: Readable;
  fileName: string;
  mediaType: string;
  size: number;
}

/** File-type's signatures need at most this much of the start of a PDF, PNG or JPEG. */
const SNIFF_BYTES = 4100;

/** Delegates' answers to the event's questions: given with the registration, then changed from the private link until the deadline. */
@Injectable()
export class AnswersService {
  private readonly logger = new Logger(AnswersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly storage: FileStorage,
  ) {}

  async forDelegate(token: string, memberId?: string): Promise<RegistrationAnswersResponse> {
    return this.dataSource.transaction(async (manager) => this.present(manager, await this.holder(manager, token, memberId, false)));
  }

  async forOrganiser(event: EventRef, registrationId: string): Promise<RegistrationAnswersResponse> {
    return this.dataSource.transaction(async (manager) => this.present(manager, await this.registrations.findInEvent(event.id, registrationId, manager)));
  }

  async save(token: string, given: Record<string, unknown>, memberId?: string): Promise<RegistrationAnswersResponse> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.holder(manager, token, memberId, true);
      await this.assertOpen(manager, registration);
      const questions = await loadQuestions(manager, registration.eventId, registration.categoryId);
      const stored = await loadAnswers(manager, registration.id);
      const settled = settleAnswers(questions, stored.values, given, new Set(stored.files.keys()), { requireFiles: false });
      await writeAnswers(manager, registration.id, settled);
      return this.present(manager, registration);
    });
  }

  /** Checked before a byte of the body is read. */
  async assertMayUpload(token: string, questionId: string, memberId?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.holder(manager, token, memberId, false);
      await this.assertOpen(manager, registration);
      await this.fileQuestion(manager, registration, questionId);
    });
  }

  async uploadFile(token: string, questionId: string, file: AnswerFileUpload, memberId?: string): Promise<RegistrationAnswersResponse> {
    await this.assertMayUpload(token, questionId, memberId);
    // What the file is comes from its first bytes, never its name or the client's word.
    const sniffed = await this.readOrFail(file, () => sniffUpload(file.stream, SNIFF_BYTES, detectDossierType));
    if (sniffed.head.length === 0) throw new RegistrationError('FILE_EMPTY', 'The file is empty');
    if (!sniffed.type) {
      await sniffed.discard();
      if (file.truncated()) throw tooLarge();
      throw new RegistrationError('FILE_TYPE_REFUSED', 'An answer file must be PDF, PNG or JPEG (detected from the content, not the name)', {
        accepted: ['PDF', 'PNG', 'JPEG'],
      });
    }
    const type = sniffed.type;
    const key = `answers/${questionId}/${randomUUID()}`;
    await this.readOrFail(file, () => this.storage.write(key, sniffed.body), key);
    if (file.truncated()) {
      await this.storage.delete(key);
      throw tooLarge();
    }
    const name = (file.filename || 'file')
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f/\\]+/g, '_')
      .slice(0, 255);
    let previous: string | null = null;
    try {
      const answers = await this.dataSource.transaction(async (manager) => {
        const registration = await this.holder(manager, token, memberId, true);
        await this.assertOpen(manager, registration);
        await this.fileQuestion(manager, registration, questionId);
        const [old] = await manager.query(`SELECT file_key AS key FROM registration_answers WHERE registration_id = $1 AND question_id = $2`, [
          registration.id,
          questionId,
        ]);
        previous = old?.key ?? null;
        await manager.query(
          `INSERT INTO registration_answers (registration_id, question_id, file_key, file_name, file_type, file_size) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (registration_id, question_id) DO UPDATE SET file_key = EXCLUDED.file_key, file_name = EXCLUDED.file_name,
             file_type = EXCLUDED.file_type, file_size = EXCLUDED.file_size, updated_at = now()`,
          [registration.id, questionId, key, name, type.mediaType, sniffed.digest().size],
        );
        return this.present(manager, registration);
      });
      if (previous) await this.storage.delete(previous).catch(() => undefined);
      return answers;
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  async fileForDelegate(token: string, questionId: string, memberId?: string): Promise<AnswerFileDownload> {
    return this.download(await this.dataSource.transaction((manager) => this.holder(manager, token, memberId, false)), questionId);
  }

  async fileForOrganiser(event: EventRef, registrationId: string, questionId: string): Promise<AnswerFileDownload> {
    return this.download(await this.registrations.findInEvent(event.id, registrationId), questionId);
  }

  private async download(registration: RegistrationEntity, questionId: string): Promise<AnswerFileDownload> {
    const [row] = await this.dataSource.query(
      `SELECT file_key AS key, file_name AS "fileName", file_type AS "mediaType", file_size::float AS size
         FROM registration_answers WHERE registration_id = $1 AND question_id = $2 AND file_key IS NOT NULL`,
      [registration.id, questionId],
    );
    if (!row) throw new RegistrationError('ANSWER_FILE_NOT_FOUND', 'No file was given for this question', { questionId });
    return { stream: await this.storage.read(row.key), fileName: row.fileName, mediaType: row.mediaType, size: row.size };
  }

  /** The registration a private link answers for: the delegate's own or, for the head of a delegation, a member's. */
  private async holder(manager: EntityManager, token: string, memberId: string | undefined, lock: boolean): Promise<RegistrationEntity> {
    const holder = await this.registrations.findByToken(token, manager, lock && !memberId);
    if (lock) await actAs(manager, 'delegate');
    if (!memberId || memberId === holder.id) return holder;
    const member =
      holder.isDelegationHead && holder.delegationId ? await this.registrations.findInEvent(holder.eventId, memberId, manager, lock).catch(() => null) : null;
    if (!member || member.delegationId !== holder.delegationId || holder.state === 'cancelled' || holder.state === 'rejected')
      throw new RegistrationError('DELEGATION_MEMBER_NOT_FOUND', `No member ${memberId} in this delegation`, { memberId });
    return member;
  }

  private async assertOpen(manager: EntityManager, registration: RegistrationEntity): Promise<void> {
    assertEditable(registration);
    const [form] = await manager.query(
      `SELECT answers_deadline AS deadline FROM registration_forms WHERE event_id = $1 AND answers_deadline IS NOT NULL AND answers_deadline <= now()`,
      [registration.eventId],
    );
    if (form) throw new RegistrationError('ANSWERS_CLOSED', 'The answers can no longer be changed', { deadline: new Date(form.deadline).toISOString() });
  }

  private async fileQuestion(manager: EntityManager, registration: RegistrationEntity, questionId: string): Promise<void> {
    const questions = await loadQuestions(manager, registration.eventId, registration.categoryId);
    const question = questions.find((candidate) => candidate.id === questionId);
    if (!question) throw new RegistrationError('ANSWER_UNKNOWN_QUESTION', `No question ${questionId} on this registration's form`, { questionId });
    if (question.type !== 'file')
      throw new RegistrationError('ANSWER_INVALID', `Question ${questionId} is not answered with a file`, { questionId, type: question.type });
  }

  private async present(manager: EntityManager, registration: RegistrationEntity): Promise<RegistrationAnswersResponse> {
    const [form] = await manager.query(
      `SELECT to_char(f.answers_deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS deadline, f.answers_deadline > now() AS open
         FROM registration_forms f WHERE f.event_id = $1`,
      [registration.eventId],
    );
    const questions = await loadQuestions(manager, registration.eventId, registration.categoryId);
    const stored = await loadAnswers(manager, registration.id);
    return {
      registrationId: registration.id,
      editable: (form?.open ?? true) && registration.state !== 'cancelled' && registration.state !== 'rejected',
      answersDeadline: form?.deadline ?? null,
      questions,
      answers: questions
        .filter((question) => stored.values.has(question.id) || stored.files.has(question.id))
        .map((question) => {
          const file = stored.files.get(question.id);
          return {
            questionId: question.id,
            value: stored.values.get(question.id) ?? null,
            file: file ? { name: file.name, mediaType: file.mediaType, size: file.size } : null,
          };
        }),
    };
  }

  private async readOrFail<T>(file: AnswerFileUpload, step: () => Promise<T>, key?: string): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (key) await this.storage.delete(key).catch(() => undefined);
      if (file.truncated() || isTooLarge(error)) throw tooLarge();
      this.logger.warn(`An answer file upload was cut off: ${error instanceof Error ? error.message : String(error)}`);
      throw new RegistrationError('UPLOAD_INTERRUPTED', 'The upload was interrupted before the file was complete');
    }
  }
}

const tooLarge = () => new RegistrationError('FILE_TOO_LARGE', 'The file is larger than the upload limit');

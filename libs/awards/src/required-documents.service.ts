import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { translated } from '@app/config';
import { assertTranslatable } from '@app/events';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequiredDocumentResponse, SetRequiredDocumentsDto } from './dto/application.dto.js';
import { RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';

const COLUMNS = `id, label, translations, kind, file_types AS "fileTypes"`;

/** A round's checklist of required documents: each a file of given types, or a link (videos). */
@Injectable()
export class RequiredDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
  ) {}

  /** `language`: the reader's, for the labels the organiser gave in it (else the event's first). */
  async list(event: EventContext, roundId: string, language?: string): Promise<RequiredDocumentResponse[]> {
    const round = await this.rounds.find(event, roundId);
    return this.ofRound(this.dataSource.manager, round.id, language);
  }

  async ofRound(manager: EntityManager, roundId: string, language?: string): Promise<RequiredDocumentResponse[]> {
    const items: RequiredDocumentResponse[] = await manager.query(`SELECT ${COLUMNS} FROM award_required_documents WHERE round_id = $1 ORDER BY position`, [
      roundId,
    ]);
    return items.map((item) => labelledIn(item, language));
  }

  /** Replaces the checklist while applications are open; items already answered keep their files, unlinked. */
  async set(event: EventContext, roundId: string, dto: SetRequiredDocumentsDto): Promise<RequiredDocumentResponse[]> {
    const problems = dto.items.flatMap((item, index) =>
      (item.kind === 'file') === Boolean(item.fileTypes?.length)
        ? []
        : [
            {
              field: `items.${index}.fileTypes`,
              messages: [item.kind === 'file' ? 'a file item names its accepted types' : 'a link item takes no file types'],
            },
          ],
    );
    if (problems.length) throw new AwardsError('CHECKLIST_INVALID', 'Each file item names the types it accepts, and a link item none', { details: problems });
    for (const item of dto.items) assertTranslatable(item.translations, event.languages);
    return this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.find(event, roundId, manager, true);
      if (round.releasedAt) throw new AwardsError('WINNERS_RELEASED', 'The winners of this round were released; its checklist no longer changes');
      await manager.query(`DELETE FROM award_required_documents WHERE round_id = $1`, [round.id]);
      for (const [position, item] of dto.items.entries()) {
        await manager.query(
          `INSERT INTO award_required_documents (round_id, position, label, translations, kind, file_types) VALUES ($1, $2, $3, $4, $5, $6)`,
          [round.id, position, item.label.trim(), item.translations ?? {}, item.kind, [...new Set(item.fileTypes ?? [])]],
        );
      }
      return this.ofRound(manager, round.id);
    });
  }
}

/** A checklist item's label in the reader's language, else the event's first. */
export function labelledIn<T extends Pick<RequiredDocumentResponse, 'label' | 'translations'>>(item: T, language: string | undefined): T {
  return { ...item, label: translated(item.label, item.translations, 'label', language) };
}

import { Injectable } from '@nestjs/common';
import { AuthService } from '@app/auth';
import { NotificationsService, requireShippedLanguage } from '@app/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { releasePlace, takePlace } from '../places.js';
import { actAs, type RegistrationActor } from '../registration-actor.js';
import { RegistrationEntity } from '../registration.entity.js';
import { RegistrationError } from '../registration.error.js';
import { ProtocolDetailsWriter } from '../protocol/protocol-details.js';
import { assertEditable, RegistrationService } from '../registration.service.js';
import type { BulkAction, OrganiserUpdateRegistrationDto, RegistrationHistoryResponse } from './registration-records.dto.js';

/** The organiser's side of one registration's record: corrections, actions on many at once, and its history. */
@Injectable()
export class RegistrationRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly notifications: NotificationsService,
    private readonly auth: AuthService,
    private readonly protocol: ProtocolDetailsWriter,
  ) {}

  /**
   * Approves, rejects or cancels every registration named, each by the single-item rules (places,
   * waiting-list promotion, the delegate's mail), all in one transaction: either every one is done, or
   * the first refusal undoes them all and says whose it was.
   */
  async bulk(eventId: string, ids: string[], action: BulkAction, actor: RegistrationActor): Promise<RegistrationEntity[]> {
    const wanted = [...new Set(ids)];
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      // Locked in id order, so two overlapping bulk actions wait for each other instead of deadlocking.
      const locked = await manager
        .getRepository(RegistrationEntity)
        .createQueryBuilder('r')
        .where('r.eventId = :eventId AND r.id IN (:...ids)', { eventId, ids: wanted })
        .orderBy('r.id')
        .setLock('pessimistic_write')
        .getMany();
      const missing = wanted.find((id) => !locked.some((registration) => registration.id === id));
      if (missing) throw new RegistrationError('REGISTRATION_NOT_FOUND', `No registration ${missing} in this event`, { registrationId: missing });
      // In order of arrival, as if the organiser had gone down the list: earlier registrations get free places first.
      locked.sort((a, b) => Number(BigInt(a.queueNumber) - BigInt(b.queueNumber)));
      const done: RegistrationEntity[] = [];
      for (const { id } of locked) {
        // Reloaded: an earlier cancellation in this batch may have promoted this one.
        const registration = await this.registrations.byId(manager, id);
        done.push(await this.applyOne(manager, registration, action));
      }
      return done;
    });
  }

  async find(eventId: string, id: string): Promise<RegistrationEntity> {
    return this.registrations.findInEvent(eventId, id);
  }

  /** A correction by an organiser; moving a registration that holds a place needs room in the new category. */
  async update(eventId: string, id: string, input: OrganiserUpdateRegistrationDto, actor: RegistrationActor): Promise<RegistrationEntity> {
    requireShippedLanguage(input.language);
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      const registration = await this.registrations.findInEvent(eventId, id, manager, true);
      assertEditable(registration);
      const { category, protocol, ...details } = input;
      const categoryId = category === undefined ? undefined : await this.moveCategory(manager, registration, category);
      // One UPDATE, so the history shows one edit with every field it changed.
      const changes = { ...details, ...(details.country ? { country: details.country.toUpperCase() } : {}), ...(categoryId ? { categoryId } : {}) };
      if (Object.keys(changes).length) await manager.getRepository(RegistrationEntity).update({ id }, { ...changes, updatedAt: new Date() });
      const visaLetterNeeded = input.visaLetterNeeded ?? registration.visaLetterNeeded;
      if (protocol || input.visaLetterNeeded === false) await this.protocol.save(manager, { ...registration, visaLetterNeeded }, protocol);
      return this.registrations.byId(manager, id);
    });
  }

  async history(eventId: string, id: string): Promise<RegistrationHistoryResponse> {
    await this.registrations.findInEvent(eventId, id);
    const rows: {
      kind: 'created' | 'state' | 'edited';
      fromState: RegistrationEntity['state'] | null;
      toState: RegistrationEntity['state'];
      fields: string[];
      actorKind: 'user' | 'delegate' | 'system';
      actorUserId: string | null;
      at: Date;
    }[] = await this.dataSource.query(
      `SELECT kind, from_state AS "fromState", to_state AS "toState", fields, actor_kind AS "actorKind", actor_user_id AS "actorUserId", at
         FROM registration_history WHERE registration_id = $1 ORDER BY id`,
      [id],
    );
    const names = new Map<string, string>();
    for (const userId of new Set(rows.map((row) => row.actorUserId).filter((userId): userId is string => !!userId))) {
      names.set(userId, (await this.auth.findUser(userId)).displayName);
    }
    const mails = await this.notifications.concerning(eventId, { registrationId: id });
    return {
      changes: rows.map(({ actorUserId, at, ...row }) => ({ ...row, actorName: actorUserId ? (names.get(actorUserId) ?? null) : null, at: at.toISOString() })),
      mails: mails.map((mail) => ({
        id: mail.id,
        kind: mail.kind,
        state: mail.state,
        recipientEmail: mail.recipientEmail,
        createdAt: mail.createdAt.toISOString(),
        sentAt: mail.sentAt ? mail.sentAt.toISOString() : null,
      })),
    };
  }

  private async applyOne(manager: EntityManager, registration: RegistrationEntity, action: BulkAction): Promise<RegistrationEntity> {
    try {
      if (action === 'approve') return await this.registrations.approveIn(manager, registration);
      if (action === 'reject') return await this.registrations.rejectIn(manager, registration);
      return await this.registrations.cancelIn(manager, registration);
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      throw new RegistrationError('BULK_ACTION_REFUSED', `${registration.fullName}: ${error.message}. Nothing was changed.`, {
        registrationId: registration.id,
        fullName: registration.fullName,
        action,
        reason: error.code,
        state: registration.state,
      });
    }
  }

  /** Moves the place a registration holds to another category; the new category's id, or undefined when it stays. */
  private async moveCategory(manager: EntityManager, registration: RegistrationEntity, code: string): Promise<string | undefined> {
    const [category] = await manager.query(`SELECT id FROM registration_categories WHERE event_id = $1 AND code = $2`, [registration.eventId, code]);
    if (!category) throw new RegistrationError('UNKNOWN_CATEGORY', `Unknown registration category "${code}"`, { category: code });
    if (category.id === registration.categoryId) return undefined;
    const holdsPlace = registration.state === 'confirmed' || registration.state === 'offered';
    if (holdsPlace) {
      // The old place is given back first so a full event does not refuse a move that keeps its count.
      await releasePlace(manager, registration.eventId, registration.categoryId);
      if (!(await takePlace(manager, registration.eventId, category.id))) {
        throw new RegistrationError('CATEGORY_FULL', `The category "${code}" has no free place`, { category: code });
      }
    }
    if (holdsPlace) await this.registrations.promoteNext(manager, registration.eventId, registration.categoryId);
    return category.id;
  }
}

import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { Outbox, requireShippedLanguage } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import type { RegisterDto, UpdateRegistrationDto } from './dto/registration.dto.js';
import { hashManagementToken, newBadgeCode, newManagementToken } from './management-token.js';
import { releaseAgenda } from './agenda/agenda-seats.js';
import { releasePlace, takePlace } from './places.js';
import { type CategoryContext, insertRegistration, openSettingsFrom, readRegistrationContext, SETTINGS_COLUMNS } from './new-registration.js';
import { settleAnswers } from './questions/answer-rules.js';
import { loadQuestions, newAnswerRows } from './questions/question-sql.js';
import { actAs, type RegistrationActor } from './registration-actor.js';
import { tellDelegate } from './registration-notifications.js';
import { RegistrationSettingsEntity } from './registration-settings.entity.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationError } from './registration.error.js';
import { ProtocolDetailsWriter } from './protocol/protocol-details.js';
import { RegistrationTurns } from './registration-turns.js';

/** A registration as its write returned it, with what the response shows beside it. */
export interface NewRegistration {
  registration: RegistrationEntity;
  categoryCode: string;
  waitlistPosition: number | null;
}

export interface NewRegistrationContext {
  delegationId?: string;
  isDelegationHead?: boolean;
  userId?: string | null;
}

/**
 * The life of a registration: pending → confirmed or waitlisted; cancelled or rejected; a freed
 * place goes to the first of the waiting list in the same transaction. Every change tells the
 * delegate through the outbox, on the same transaction.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly protocol: ProtocolDetailsWriter,
    private readonly turns: RegistrationTurns,
  ) {}

  async register(event: EventRef, input: RegisterDto, userId: string | null = null): Promise<NewRegistration> {
    requireShippedLanguage(input.language);
    const { settings, category } = await readRegistrationContext(this.dataSource.manager, event.id, input.category);
    // Its write is one statement, so it commits on its own (taking its turn) unless protocol details are a second one.
    const registration = input.protocol
      ? await this.dataSource.transaction((manager) => this.registerIn(manager, settings, input, { userId }, category))
      : await this.turns.take(event.id, () => this.registerIn(this.dataSource.manager, settings, input, { userId }, category));
    // Counted once committed, so that those ahead in the queue who committed meanwhile are counted too.
    return { registration, categoryCode: input.category, waitlistPosition: await this.waitlistPosition(registration) };
  }

  /** The registration window must be open (checked against the database clock). */
  async openSettings(manager: EntityManager, eventId: string): Promise<RegistrationSettingsEntity> {
    const [row] = await manager.query(`SELECT ${SETTINGS_COLUMNS} FROM registration_settings s WHERE s.event_id = $1`, [eventId]);
    return openSettingsFrom(row);
  }

  /**
   * One registration inside the caller's transaction: inserted with its place taken (or not), and told.
   * `known` is its category as the caller already read it; otherwise it is read here.
   */
  async registerIn(
    manager: EntityManager,
    settings: RegistrationSettingsEntity,
    input: RegisterDto,
    context: NewRegistrationContext,
    known?: CategoryContext,
  ): Promise<RegistrationEntity> {
    requireShippedLanguage(input.language);
    if (input.consent.privacyNoticeVersion !== settings.privacyNoticeVersion) {
      throw new RegistrationError(
        'PRIVACY_NOTICE_OUTDATED',
        `consent.privacyNoticeVersion must be "${settings.privacyNoticeVersion}", the version of the privacy notice in force`,
        { version: settings.privacyNoticeVersion },
      );
    }
    const category = known ?? (await this.categoryContext(manager, settings.eventId, input.category));
    if (!category) throw new RegistrationError('UNKNOWN_CATEGORY', `Unknown registration category "${input.category}"`, { category: input.category });
    // File questions are answered from the private link afterwards, so they are not required here.
    const answers = settleAnswers(category.questions, new Map(), input.answers ?? {}, new Set(), { requireFiles: false });

    const { token, hash } = newManagementToken();
    const registration = await insertRegistration(manager, {
      eventId: settings.eventId,
      categoryId: category.id,
      delegationId: context.delegationId ?? null,
      isDelegationHead: context.isDelegationHead ?? false,
      userId: context.userId ?? null,
      approvalRequired: settings.approvalRequired,
      fullName: input.fullName,
      title: input.title ?? '',
      organisation: input.organisation ?? '',
      city: input.city ?? '',
      country: input.country.toUpperCase(),
      email: input.email.toLowerCase(),
      language: input.language,
      dietaryNeeds: input.dietaryNeeds ?? '',
      accessibilityNeeds: input.accessibilityNeeds ?? '',
      visaLetterNeeded: input.visaLetterNeeded ?? false,
      privacyNoticeVersion: input.consent.privacyNoticeVersion,
      managementTokenHash: hash,
      badgeCode: newBadgeCode(),
      dietaryChoices: input.dietaryChoices ?? [],
      accessibilityChoices: input.accessibilityChoices ?? [],
      answers: newAnswerRows(answers),
      token,
    });
    // A new registration has no protocol details yet: only those given are written.
    if (input.protocol) await this.protocol.save(manager, registration, input.protocol);
    return registration;
  }

  private async categoryContext(manager: EntityManager, eventId: string, code: string): Promise<CategoryContext | undefined> {
    const [category] = await manager.query(`SELECT id FROM registration_categories WHERE event_id = $1 AND code = $2`, [eventId, code]);
    return category ? { id: category.id, questions: await loadQuestions(manager, eventId, category.id) } : undefined;
  }

  async findByToken(token: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<RegistrationEntity> {
    const query = manager
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      // The registration's own link, or one a message carried (several may be live at once).
      .where(
        `r.id IN (SELECT id FROM registrations WHERE management_token_hash = :hash
                  UNION ALL SELECT registration_id FROM registration_management_tokens WHERE token_hash = :hash)`,
        { hash: hashManagementToken(token) },
      );
    if (lock) query.setLock('pessimistic_write');
    const registration = await query.getOne();
    // 404 for any token that is not this registration's: nothing is revealed about others.
    if (!registration) throw new RegistrationError('REGISTRATION_LINK_INVALID', 'No registration for this link');
    return registration;
  }

  async findInEvent(eventId: string, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<RegistrationEntity> {
    const query = manager.getRepository(RegistrationEntity).createQueryBuilder('r').where('r.id = :id AND r.eventId = :eventId', { id, eventId });
    if (lock) query.setLock('pessimistic_write');
    const registration = await query.getOne();
    if (!registration) throw new RegistrationError('REGISTRATION_NOT_FOUND', `No registration ${id} in this event`, { registrationId: id });
    return registration;
  }

  async update(token: string, input: UpdateRegistrationDto): Promise<RegistrationEntity> {
    requireShippedLanguage(input.language);
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.findByToken(token, manager, true);
      await actAs(manager, 'delegate');
      assertEditable(registration);
      const { protocol, ...details } = input;
      const changes = { ...details, ...(input.country ? { country: input.country.toUpperCase() } : {}) };
      await manager.getRepository(RegistrationEntity).update({ id: registration.id }, { ...changes, updatedAt: new Date() });
      const visaLetterNeeded = input.visaLetterNeeded ?? registration.visaLetterNeeded;
      if (protocol || input.visaLetterNeeded === false) await this.protocol.save(manager, { ...registration, visaLetterNeeded }, protocol);
      return this.byId(manager, registration.id);
    });
  }

  async cancelByDelegate(token: string): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.findByToken(token, manager, true);
      await actAs(manager, 'delegate');
      return this.cancelIn(manager, registration);
    });
  }

  async cancelByOrganiser(eventId: string, id: string, actor: RegistrationActor): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      return this.cancelIn(manager, await this.findInEvent(eventId, id, manager, true));
    });
  }

  /** Cancels a locked registration; a place it held goes to the next in line, in this transaction. */
  async cancelIn(manager: EntityManager, registration: RegistrationEntity): Promise<RegistrationEntity> {
    if (registration.state === 'cancelled' || registration.state === 'rejected') {
      throw new RegistrationError('REGISTRATION_ALREADY_ENDED', `This registration is already ${registration.state}`, { state: registration.state });
    }
    const heldPlace = registration.state === 'confirmed' || registration.state === 'offered';
    await manager.query(`UPDATE registrations SET state = 'cancelled', cancelled_at = now(), offer_expires_at = NULL, updated_at = now() WHERE id = $1`, [
      registration.id,
    ]);
    if (heldPlace) {
      await releasePlace(manager, registration.eventId, registration.categoryId);
      await this.promoteNext(manager, registration.eventId, registration.categoryId);
    }
    // Session seats go back too, each to the first of that session's waiting list.
    await releaseAgenda(manager, this.outbox, registration.eventId, registration.id);
    const cancelled = await this.byId(manager, registration.id);
    await tellDelegate(this.outbox, manager, cancelled, 'cancelled');
    return cancelled;
  }

  async approve(eventId: string, id: string, actor: RegistrationActor): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      return this.approveIn(manager, await this.findInEvent(eventId, id, manager, true));
    });
  }

  /** Approves a locked pending registration: confirmed if a place is free, waitlisted otherwise. */
  async approveIn(manager: EntityManager, registration: RegistrationEntity): Promise<RegistrationEntity> {
    if (registration.state !== 'pending')
      throw new RegistrationError('NOT_PENDING', `Only a pending registration can be approved; this one is ${registration.state}`, {
        state: registration.state,
      });
    const state = (await takePlace(manager, registration.eventId, registration.categoryId)) ? 'confirmed' : 'waitlisted';
    await this.setState(manager, registration.id, state);
    const approved = await this.byId(manager, registration.id);
    await tellDelegate(this.outbox, manager, approved, state);
    return approved;
  }

  async reject(eventId: string, id: string, actor: RegistrationActor): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      return this.rejectIn(manager, await this.findInEvent(eventId, id, manager, true));
    });
  }

  async rejectIn(manager: EntityManager, registration: RegistrationEntity): Promise<RegistrationEntity> {
    if (registration.state !== 'pending' && registration.state !== 'waitlisted') {
      throw new RegistrationError('NOT_REJECTABLE', `Only a pending or waitlisted registration can be rejected; this one is ${registration.state}`, {
        state: registration.state,
      });
    }
    await this.setState(manager, registration.id, 'rejected');
    const rejected = await this.byId(manager, registration.id);
    await tellDelegate(this.outbox, manager, rejected, 'rejected');
    return rejected;
  }

  /** Accepting an offered place before it lapses. */
  async acceptOffer(token: string): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.findByToken(token, manager, true);
      await actAs(manager, 'delegate');
      const [rows] = await manager.query(
        `UPDATE registrations SET state = 'confirmed', confirmed_at = now(), offer_expires_at = NULL, updated_at = now()
          WHERE id = $1 AND state = 'offered' AND offer_expires_at > now() RETURNING id`,
        [registration.id],
      );
      if (rows.length === 0) throw new RegistrationError('NO_OPEN_OFFER', 'There is no open offer of a place for this registration');
      const confirmed = await this.byId(manager, registration.id);
      await tellDelegate(this.outbox, manager, confirmed, 'confirmed');
      return confirmed;
    });
  }

  /** Lapses one expired offer (the worker calls this); the place goes to the next in line. */
  async expireOneOffer(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [expired] = await manager.query(
        `SELECT id FROM registrations WHERE state = 'offered' AND offer_expires_at <= now()
          ORDER BY offer_expires_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!expired) return false;
      await this.cancelIn(manager, await this.byId(manager, expired.id));
      return true;
    });
  }

  /**
   * A new private link for the registration of this email; silent when there is none. After a cancellation
   * and a new registration the live one is meant, else the latest.
   */
  async sendNewLink(event: EventRef, email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [registration] = await manager.query(
        `SELECT id FROM registrations WHERE event_id = $1 AND email = lower($2)
          ORDER BY state IN ('cancelled', 'rejected'), queue_number DESC LIMIT 1 FOR UPDATE`,
        [event.id, email],
      );
      if (!registration) return;
      const { token, hash } = newManagementToken();
      await manager.query(`UPDATE registrations SET management_token_hash = $2, updated_at = now() WHERE id = $1`, [registration.id, hash]);
      await tellDelegate(this.outbox, manager, await this.byId(manager, registration.id), 'link', token);
    });
  }

  /** Position on the waiting list (1 = next), or null when not waiting. */
  async waitlistPosition(registration: RegistrationEntity, manager: EntityManager = this.dataSource.manager): Promise<number | null> {
    if (registration.state !== 'waitlisted') return null;
    const [{ position }] = await manager.query(
      `SELECT count(*)::int + 1 AS position FROM registrations
        WHERE event_id = $1 AND category_id = $2 AND state = 'waitlisted' AND queue_number < $3`,
      [registration.eventId, registration.categoryId, registration.queueNumber],
    );
    return position;
  }

  async promoteNext(manager: EntityManager, eventId: string, categoryId: string): Promise<void> {
    const [next] = await manager.query(
      `SELECT id FROM registrations WHERE event_id = $1 AND category_id = $2 AND state = 'waitlisted'
        ORDER BY queue_number LIMIT 1 FOR UPDATE`,
      [eventId, categoryId],
    );
    if (!next || !(await takePlace(manager, eventId, categoryId))) return;
    const settings = await manager.getRepository(RegistrationSettingsEntity).findOneByOrFail({ eventId });
    if (settings.promotion === 'offer') {
      await manager.query(
        `UPDATE registrations SET state = 'offered', offer_expires_at = now() + make_interval(hours => $2), updated_at = now() WHERE id = $1`,
        [next.id, settings.offerHours],
      );
      await tellDelegate(this.outbox, manager, await this.byId(manager, next.id), 'offered');
    } else {
      await this.setState(manager, next.id, 'confirmed');
      await tellDelegate(this.outbox, manager, await this.byId(manager, next.id), 'promoted');
    }
  }

  private async setState(manager: EntityManager, id: string, state: 'confirmed' | 'waitlisted' | 'rejected'): Promise<void> {
    await manager.query(
      `UPDATE registrations SET state = $2, updated_at = now(), confirmed_at = CASE WHEN $2 = 'confirmed' THEN now() ELSE confirmed_at END WHERE id = $1`,
      [id, state],
    );
  }

  byId(manager: EntityManager, id: string): Promise<RegistrationEntity> {
    return manager.getRepository(RegistrationEntity).findOneByOrFail({ id });
  }
}

export function assertEditable(registration: RegistrationEntity): void {
  if (registration.state === 'cancelled' || registration.state === 'rejected') {
    throw new RegistrationError('REGISTRATION_NOT_EDITABLE', `A ${registration.state} registration cannot be edited`, { state: registration.state });
  }
}

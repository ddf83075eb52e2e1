import { accountIdByEmailSql } from '@app/auth';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { outboxInsertSql } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import type { AnswerValue } from './questions/dto/answer.dto.js';
import type { QuestionResponse } from './questions/dto/question.dto.js';
import { questionsJsonSql } from './questions/question-sql.js';
import { newRegistrationKindSql } from './registration-notifications.js';
import { RegistrationSettingsEntity } from './registration-settings.entity.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationError } from './registration.error.js';

/*
 * A registration costs few round trips because every one of them holds, or waits for, the event's
 * counter row: what the request needs is read in one statement, and the registration is written,
 * its place taken, its outcome recorded and the delegate told (the outbox) in one more. That one
 * statement needs no transaction around it, so the row lock is held inside PostgreSQL only, from
 * the statement's lock to its own commit, never across a round trip to the api.
 */

export const SETTINGS_COLUMNS = `s.event_id AS "eventId", s.opens_at AS "opensAt", s.closes_at AS "closesAt", s.capacity,
  s.confirmed_count AS "confirmedCount", s.approval_required AS "approvalRequired", s.promotion, s.offer_hours AS "offerHours",
  s.privacy_notice_version AS "privacyNoticeVersion", now() < s.opens_at AS "notYet", now() >= s.closes_at AS "closed"`;

/** The category a registration is for, with the questions its form asks, read with the settings. */
export interface CategoryContext {
  id: string;
  questions: QuestionResponse[];
}

interface SettingsRow extends RegistrationSettingsEntity {
  notYet: boolean | null;
  closed: boolean | null;
}

/** The settings of a window that is open (by the database clock), or the error that says why not. */
export function openSettingsFrom(row: SettingsRow | undefined): RegistrationSettingsEntity {
  if (!row?.eventId) throw new RegistrationError('REGISTRATION_NOT_OPEN', 'Registration is not open for this event');
  if (row.notYet)
    throw new RegistrationError('REGISTRATION_NOT_YET_OPEN', `Registration opens at ${row.opensAt.toISOString()}`, { opensAt: row.opensAt.toISOString() });
  if (row.closed)
    throw new RegistrationError('REGISTRATION_CLOSED', `Registration closed at ${row.closesAt.toISOString()}`, { closedAt: row.closesAt.toISOString() });
  const { notYet: _notYet, closed: _closed, ...settings } = row;
  return Object.assign(new RegistrationSettingsEntity(), settings);
}

/** One statement: the settings, the category by its code and that category's questions. Unknown category: no `category`. */
export async function readRegistrationContext(
  manager: EntityManager,
  eventId: string,
  categoryCode: string,
): Promise<{ settings: RegistrationSettingsEntity; category?: CategoryContext }> {
  const [row]: (SettingsRow & { categoryId: string | null; questions: QuestionResponse[] })[] = await manager.query(
    `SELECT ${SETTINGS_COLUMNS}, c.id AS "categoryId", ${questionsJsonSql('$1', 'c.id')} AS questions
       FROM (SELECT 1) AS one
       LEFT JOIN registration_settings s ON s.event_id = $1
       LEFT JOIN registration_categories c ON c.event_id = $1 AND c.code = $2`,
    [eventId, categoryCode],
  );
  const { categoryId, questions, ...settings } = row;
  return { settings: openSettingsFrom(settings as SettingsRow), category: categoryId ? { id: categoryId, questions } : undefined };
}

export interface NewRegistrationRow {
  eventId: string;
  categoryId: string;
  delegationId: string | null;
  isDelegationHead: boolean;
  userId: string | null;
  approvalRequired: boolean;
  fullName: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  email: string;
  language: string;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  visaLetterNeeded: boolean;
  privacyNoticeVersion: string;
  managementTokenHash: Buffer;
  badgeCode: string;
  dietaryChoices: string[];
  accessibilityChoices: string[];
  answers: { question_id: string; value: AnswerValue }[];
  /** The private link's token the message carries. */
  token: string;
}

const RETURNED = `r.id, r.event_id AS "eventId", r.category_id AS "categoryId", r.delegation_id AS "delegationId",
  r.is_delegation_head AS "isDelegationHead", r.user_id AS "userId", r.queue_number AS "queueNumber", r.state, r.full_name AS "fullName",
  r.title, r.organisation, r.city, r.country, r.email, r.language, r.dietary_needs AS "dietaryNeeds", r.dietary_choices AS "dietaryChoices",
  r.accessibility_needs AS "accessibilityNeeds", r.accessibility_choices AS "accessibilityChoices", r.visa_letter_needed AS "visaLetterNeeded",
  r.privacy_notice_version AS "privacyNoticeVersion", r.consented_at AS "consentedAt", r.badge_code AS "badgeCode",
  r.offer_expires_at AS "offerExpiresAt", r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.confirmed_at AS "confirmedAt",
  r.cancelled_at AS "cancelledAt"`;

/**
 * One statement takes the place and records the outcome: the event's row locked, the category's
 * conditional UPDATE (only when the locked event row has room), then the event's (only when the
 * category took the place), then the registration INSERTed in the state they decide, with its
 * answers and the message that tells the delegate. Each conditional UPDATE re-checks its row once
 * it holds the row's lock, so no count is read and compared outside the database, and the category
 * goes first so that nothing is ever given back. The event's row is locked even when it has no
 * room (a conditional UPDATE that matches nothing locks nothing): registrations then take their
 * queue numbers and commit in one order, so a waiting-list position counted after COMMIT is the
 * arrival order. Every registration written here is the delegate's own act: the history trigger
 * reads that from `plenary.actor`, set in the statement (the trigger runs at its end).
 */
export async function insertRegistration(manager: EntityManager, row: NewRegistrationRow): Promise<RegistrationEntity> {
  let result: RegistrationEntity;
  try {
    [result] = await manager.query(
      `WITH event_row AS (
         SELECT confirmed_count < capacity AS room FROM registration_settings WHERE event_id = $1 FOR UPDATE),
       category_place AS (
         UPDATE registration_categories SET confirmed_count = confirmed_count + 1
          WHERE id = $2 AND NOT $6::boolean AND coalesce((SELECT room FROM event_row), false) AND (quota IS NULL OR confirmed_count < quota)
          RETURNING 1),
       event_place AS (
         UPDATE registration_settings SET confirmed_count = confirmed_count + 1
          WHERE event_id = $1 AND EXISTS (SELECT 1 FROM category_place) RETURNING 1),
       decided AS (
         SELECT CASE WHEN $6::boolean THEN 'pending' WHEN EXISTS (SELECT 1 FROM event_place) THEN 'confirmed' ELSE 'waitlisted' END AS state,
                set_config('plenary.actor', 'delegate', true) AS actor),
       r AS (
         INSERT INTO registrations (event_id, category_id, delegation_id, is_delegation_head, user_id, state, full_name, title,
                                    organisation, city, country, email, language, dietary_needs, accessibility_needs,
                                    visa_letter_needed, privacy_notice_version, consented_at, management_token_hash, badge_code,
                                    dietary_choices, accessibility_choices, confirmed_at)
         SELECT $1, $2, $3, $4, coalesce($5::uuid, ${accountIdByEmailSql('$12')}), d.state, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                $16, $17, now(), $18, $19, $20, $21, CASE WHEN d.state = 'confirmed' THEN now() END
           FROM decided d
         RETURNING *),
       answers AS (
         INSERT INTO registration_answers (registration_id, question_id, value)
         SELECT r.id, a.question_id, a.value FROM r, jsonb_to_recordset($22::jsonb) AS a(question_id uuid, value jsonb)),
       told AS (
         ${outboxInsertSql('r', {
           eventId: 'r.event_id',
           kind: newRegistrationKindSql('r.state'),
           recipientEmail: 'r.email',
           recipientName: 'r.full_name',
           language: 'r.language',
           about: `jsonb_build_object('registrationId', r.id)`,
           secret: '$23',
         })})
       SELECT ${RETURNED} FROM r`,
      [
        row.eventId,
        row.categoryId,
        row.delegationId,
        row.isDelegationHead,
        row.userId,
        row.approvalRequired,
        row.fullName,
        row.title,
        row.organisation,
        row.city,
        row.country,
        row.email,
        row.language,
        row.dietaryNeeds,
        row.accessibilityNeeds,
        row.visaLetterNeeded,
        row.privacyNoticeVersion,
        row.managementTokenHash,
        row.badgeCode,
        row.dietaryChoices,
        row.accessibilityChoices,
        JSON.stringify(row.answers),
        row.token,
      ],
    );
  } catch (error) {
    if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'registrations_live_email_key')) {
      throw new RegistrationError('ALREADY_REGISTERED', `${row.email} is already registered for this event`, { email: row.email });
    }
    throw error;
  }
  return Object.assign(new RegistrationEntity(), result);
}

import { Injectable } from '@nestjs/common';
import { AuthService, type EventContext } from '@app/auth';
import { translated, type Translations } from '@app/config';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { Outbox } from '@app/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { type ApplicationMailKind, mailNextParty, type MailRecipient, recordTransition } from './application-stages.js';
import { describeApplications } from './application-views.js';
import {
  type ApplicationResponse,
  type ApplicationStage,
  type CommissionDeskResponse,
  type CommissionRoundLimitResponse,
  type CreateApplicationDto,
  type RequiredDocumentResponse,
  SECRETARIAT_STAGES,
} from './dto/application.dto.js';
import { NominationsService } from './nominations.service.js';
import { RepresentativesService } from './representatives.service.js';
import { RequiredDocumentsService } from './required-documents.service.js';
import { type RoundRow, RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';

interface ApplicationRow {
  id: string;
  roundId: string;
  cityId: string;
  city: string;
  commissionId: string;
  commission: string;
  stage: ApplicationStage;
  contactEmail: string;
  contactName: string;
  contactLanguage: string;
}

/**
 * Applications through their stages: a city's representative drafts and submits; its National
 * Commission endorses (within the round's limit, held by the Commission's counter) or returns; the
 * secretariat shortlists for the jury. Each change is a row and mails the party who acts next.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly nominations: NominationsService,
    private readonly representatives: RepresentativesService,
    private readonly checklist: RequiredDocumentsService,
    private readonly auth: AuthService,
    private readonly outbox: Outbox,
  ) {}

  /** A representative drafts their city's application to the round, addressed to its country's Commission. */
  async draft(event: EventContext, roundId: string, dto: CreateApplicationDto, userId: string): Promise<ApplicationResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.find(event, roundId, manager);
      requireOpen(round);
      const city = await this.representatives.cityOf(manager, event.id, dto.cityId);
      await this.representatives.requireMayNominate(manager, event, city.id, userId, city.name);
      const [commission] = await manager.query(`SELECT id FROM award_commissions WHERE event_id = $1 AND country = $2`, [event.id, city.country]);
      if (!commission)
        throw new AwardsError('COMMISSION_MISSING', `${city.country} has no National Commission in this event yet; an application goes through it`, {
          country: city.country,
        });
      const [contact] = await this.auth.contactsOf([userId], manager);
      try {
        const [{ id }] = await manager.query(
          `INSERT INTO award_nominations (round_id, city_id, commission_id, contact_name, contact_email, contact_language, summary, nominated_by, stage)
           VALUES ($1, $2, $3, $4, lower($5), $6, $7, $8, 'draft') RETURNING id`,
          [round.id, city.id, commission.id, contact.name, contact.email, contact.language, dto.summary ?? '', userId],
        );
        await recordTransition(manager, id, null, 'draft', userId, '');
        return id as string;
      } catch (error) {
        if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'award_nominations_city_key'))
          throw new AwardsError('ALREADY_NOMINATED', `${city.name} already has an application or nomination in this round`, { city: city.name });
        throw error;
      }
    });
    return this.one(id);
  }

  async updateSummary(event: EventContext, roundId: string, id: string, summary: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.ownForEditing(manager, event, roundId, id, userId);
      await manager.query(`UPDATE award_nominations SET summary = $2 WHERE id = $1`, [application.id, summary]);
    });
    return this.one(id);
  }

  /** The representative's own applications in every round of the event, at whatever stage. */
  async mine(event: EventContext, userId: string, language?: string): Promise<ApplicationResponse[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT n.id FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id JOIN award_city_representatives p ON p.city_id = n.city_id AND p.user_id = $2
        WHERE r.event_id = $1 ORDER BY r.year DESC, n.created_at`,
      [event.id, userId],
    );
    return describeApplications(
      this.dataSource.manager,
      this.auth,
      rows.map((row) => row.id),
      language,
    );
  }

  /**
   * The checklist item an upload or link answers, once the caller is found to represent the city and
   * the application still open to changes (a draft, or returned).
   */
  async requirementForEditing(event: EventContext, roundId: string, id: string, requirementId: string, userId: string): Promise<RequiredDocumentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.ownForEditing(manager, event, roundId, id, userId);
      const item = (await this.checklist.ofRound(manager, application.roundId)).find((candidate) => candidate.id === requirementId);
      if (!item) throw new AwardsError('REQUIREMENT_NOT_FOUND', 'No such item in this round’s checklist');
      return item;
    });
  }

  /** The file item an upload answers: FILE_NOT_EXPECTED for a link item. */
  async fileRequirement(event: EventContext, roundId: string, id: string, requirementId: string, userId: string): Promise<RequiredDocumentResponse> {
    const item = await this.requirementForEditing(event, roundId, id, requirementId, userId);
    if (item.kind !== 'file')
      throw new AwardsError('FILE_NOT_EXPECTED', `“${item.label}” is a link (a video); give its address instead`, { label: item.label });
    return item;
  }

  async addLink(event: EventContext, roundId: string, id: string, requirementId: string, url: string, userId: string): Promise<ApplicationResponse> {
    const item = await this.requirementForEditing(event, roundId, id, requirementId, userId);
    if (item.kind !== 'link')
      throw new AwardsError('LINK_NOT_EXPECTED', `“${item.label}” is a file of ${item.fileTypes.join(', ')}; upload it instead of a link`, {
        label: item.label,
      });
    await this.dataSource.query(
      `INSERT INTO award_nomination_documents (nomination_id, filename, content_type, url, requirement_id) VALUES ($1, $2, 'text/uri-list', $3, $4)`,
      [id, url.slice(0, 255), url, item.id],
    );
    return this.one(id);
  }

  async removeDocument(event: EventContext, roundId: string, id: string, documentId: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.ownForEditing(manager, event, roundId, id, userId);
      const removed = await manager.query(`DELETE FROM award_nomination_documents WHERE nomination_id = $1 AND id = $2 RETURNING 1`, [id, documentId]);
      if (!removed.length) throw new AwardsError('DOSSIER_DOCUMENT_NOT_FOUND', 'No such document in this application');
    });
    return this.one(id);
  }

  /** Submits to the Commission: every checklist item answered and the city eligible by the round's rules. */
  async submit(event: EventContext, roundId: string, id: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.ownForEditing(manager, event, roundId, id, userId);
      const round = await this.rounds.find(event, roundId, manager);
      requireOpen(round);
      await this.requireComplete(manager, application);
      const [city] = await manager.query(
        `SELECT id, name, population, gnlc_member_since AS "gnlcMemberSince", last_award_year AS "lastAwardYear" FROM award_cities WHERE id = $1`,
        [application.cityId],
      );
      await this.nominations.requireEligible(manager, round, city, { id: application.commissionId, name: application.commission }, false);
      await this.move(manager, event, application, 'submitted', userId, '');
      const contacts: { userId: string }[] = await manager.query(`SELECT k.user_id AS "userId" FROM award_commission_contacts k WHERE k.commission_id = $1`, [
        application.commissionId,
      ]);
      await this.mail(manager, event, 'award-application-submitted', application.id, await this.people(manager, event, contacts, 'commission'));
    });
    return this.one(id);
  }

  /** What the caller's Commissions see: their applications past the draft, and each round's limit. */
  async commissionDesk(event: EventContext, userId: string, language?: string): Promise<CommissionDeskResponse> {
    const limits: (CommissionRoundLimitResponse & { commissionTranslations: Translations<'name'>; roundTranslations: Translations<'name'> })[] =
      await this.dataSource.query(
        `SELECT m.id AS "commissionId", m.name AS commission, m.translations AS "commissionTranslations", m.country, r.id AS "roundId", r.name AS "roundName",
              r.translations AS "roundTranslations",
              coalesce(x.nominations, 0)::int AS endorsed, r.max_nominations_per_body::int AS "limit"
         FROM award_commission_contacts k JOIN award_commissions m ON m.id = k.commission_id
         JOIN award_rounds r ON r.event_id = m.event_id
         LEFT JOIN award_commission_nominations x ON x.round_id = r.id AND x.commission_id = m.id
        WHERE k.user_id = $2 AND m.event_id = $1 ORDER BY r.year DESC, r.name, m.country`,
        [event.id, userId],
      );
    const rows: { id: string }[] = event.roles.includes('commission')
      ? await this.dataSource.query(
          `SELECT n.id FROM award_nominations n JOIN award_commission_contacts k ON k.commission_id = n.commission_id AND k.user_id = $2
             JOIN award_rounds r ON r.id = n.round_id JOIN award_cities c ON c.id = n.city_id
            WHERE r.event_id = $1 AND n.stage <> 'draft' ORDER BY n.stage = 'submitted' DESC, c.search_name`,
          [event.id, userId],
        )
      : [];
    return {
      limits: event.roles.includes('commission')
        ? limits.map(({ commissionTranslations, roundTranslations, ...limit }) => ({
            ...limit,
            commission: translated(limit.commission, commissionTranslations, 'name', language),
            roundName: translated(limit.roundName, roundTranslations, 'name', language),
          }))
        : [],
      applications: await describeApplications(
        this.dataSource.manager,
        this.auth,
        rows.map((row) => row.id),
        language,
      ),
    };
  }

  /**
   * The Commission endorses: its counter for the round is raised by one conditional UPDATE under the
   * row's CHECK, so of two officers endorsing the last place at once, one is refused.
   */
  async endorse(event: EventContext, roundId: string, id: string, note: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.forCommission(manager, event, roundId, id, userId);
      const round = await this.rounds.find(event, roundId, manager);
      requireJudgingAhead(round);
      requireStage(application, ['submitted']);
      const limit = round.rules.maxNominationsPerBody;
      await this.nominations.countNomination(
        manager,
        round.id,
        { id: application.commissionId, name: application.commission },
        limit,
        application.city,
        () =>
          new AwardsError(
            'ENDORSEMENT_LIMIT_REACHED',
            `${application.commission} has already endorsed ${limit} application(s) in this round, the most a National Commission may endorse`,
            { commission: application.commission, limit },
          ),
      );
      await this.move(manager, event, application, 'endorsed', userId, note);
      const organisers = (await this.auth.eventRoles(event.id)).filter((role) => role.role === 'organiser');
      await this.mail(manager, event, 'award-application-endorsed', application.id, await this.people(manager, event, organisers, 'organiser'));
    });
    return this.one(id);
  }

  /** The Commission sends the application back to the city with what to change. */
  async returnToCity(event: EventContext, roundId: string, id: string, note: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.forCommission(manager, event, roundId, id, userId);
      requireStage(application, ['submitted']);
      await this.move(manager, event, application, 'returned', userId, note);
      await this.mail(manager, event, 'award-application-returned', application.id, [
        { email: application.contactEmail, name: application.contactName, language: application.contactLanguage },
      ]);
    });
    return this.one(id);
  }

  /** The secretariat's view: every application a Commission endorsed, and what became of it. */
  async forSecretariat(event: EventContext, roundId: string, language?: string): Promise<ApplicationResponse[]> {
    const round = await this.rounds.find(event, roundId);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT n.id FROM award_nominations n JOIN award_cities c ON c.id = n.city_id
        WHERE n.round_id = $1 AND n.stage IN ('endorsed', 'shortlisted', 'not_shortlisted') ORDER BY n.stage, c.country, c.search_name`,
      [round.id],
    );
    return describeApplications(
      this.dataSource.manager,
      this.auth,
      rows.map((row) => row.id),
      language,
    );
  }

  /** The secretariat checks the application complete and shortlists it; the round's jurors are told. */
  async shortlist(event: EventContext, roundId: string, id: string, note: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { round, application } = await this.forSecretariatDecision(manager, event, roundId, id);
      await this.requireComplete(manager, application);
      await this.move(manager, event, application, 'shortlisted', userId, note);
      const jurors: { userId: string }[] = await manager.query(`SELECT user_id AS "userId" FROM award_jurors WHERE round_id = $1`, [round.id]);
      await this.mail(manager, event, 'award-application-shortlisted', application.id, await this.people(manager, event, jurors, 'juror'));
    });
    return this.one(id);
  }

  /**
   * The secretariat does not shortlist an endorsed application: the city's representative and its
   * Commission's officers are told why. The endorsement stays counted: it was given.
   */
  async notShortlist(event: EventContext, roundId: string, id: string, note: string, userId: string): Promise<ApplicationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { application } = await this.forSecretariatDecision(manager, event, roundId, id);
      await this.move(manager, event, application, 'not_shortlisted', userId, note);
      const officers: { userId: string }[] = await manager.query(`SELECT user_id AS "userId" FROM award_commission_contacts WHERE commission_id = $1`, [
        application.commissionId,
      ]);
      await this.mail(manager, event, 'award-application-not-shortlisted', application.id, [
        { email: application.contactEmail, name: application.contactName, language: application.contactLanguage, party: 'city' },
        ...(await this.people(manager, event, officers, 'commission')).map((person) => ({ ...person, party: 'commission' as const })),
      ]);
    });
    return this.one(id);
  }

  /** An endorsed application awaiting the secretariat's decision, held until commit; earlier stages are not found. */
  private async forSecretariatDecision(
    manager: EntityManager,
    event: EventContext,
    roundId: string,
    id: string,
  ): Promise<{ round: RoundRow; application: ApplicationRow }> {
    const round = await this.rounds.find(event, roundId, manager);
    const application = await this.lock(manager, round.id, id);
    if (!application || !SECRETARIAT_STAGES.includes(application.stage))
      throw new AwardsError('APPLICATION_NOT_FOUND', 'No such application endorsed in this round');
    requireJudgingAhead(round);
    requireStage(application, ['endorsed']);
    return { round, application };
  }

  private async one(id: string): Promise<ApplicationResponse> {
    return (await describeApplications(this.dataSource.manager, this.auth, [id]))[0];
  }

  /** The application's row, held until commit so two changes of stage cannot cross. */
  private async lock(manager: EntityManager, roundId: string, id: string): Promise<ApplicationRow | undefined> {
    const [row] = await manager.query(
      `SELECT n.id, n.round_id AS "roundId", n.city_id AS "cityId", c.name AS city, n.commission_id AS "commissionId", m.name AS commission, n.stage,
              n.contact_email AS "contactEmail", n.contact_name AS "contactName", n.contact_language AS "contactLanguage"
         FROM award_nominations n JOIN award_cities c ON c.id = n.city_id JOIN award_commissions m ON m.id = n.commission_id
        WHERE n.round_id = $1 AND n.id = $2 FOR UPDATE OF n`,
      [roundId, id],
    );
    return row;
  }

  /** The caller's own application (a city they represent), open to changes: a draft, or returned. */
  private async ownForEditing(manager: EntityManager, event: EventContext, roundId: string, id: string, userId: string): Promise<ApplicationRow> {
    const round = await this.rounds.find(event, roundId, manager);
    const application = await this.lock(manager, round.id, id);
    const [mine] = application
      ? await manager.query(`SELECT 1 FROM award_city_representatives WHERE city_id = $1 AND user_id = $2`, [application.cityId, userId])
      : [];
    if (!application || !mine || !event.roles.includes('representative'))
      throw new AwardsError('APPLICATION_NOT_FOUND', 'No such application of a city you represent');
    requireStage(application, ['draft', 'returned']);
    return application;
  }

  /** An application addressed to a Commission the caller is a contact of; any other is not found. */
  private async forCommission(manager: EntityManager, event: EventContext, roundId: string, id: string, userId: string): Promise<ApplicationRow> {
    const round = await this.rounds.find(event, roundId, manager);
    const application = await this.lock(manager, round.id, id);
    const [contact] = application
      ? await manager.query(`SELECT 1 FROM award_commission_contacts WHERE commission_id = $1 AND user_id = $2`, [application.commissionId, userId])
      : [];
    if (!application || !contact || !event.roles.includes('commission') || application.stage === 'draft')
      throw new AwardsError('APPLICATION_NOT_FOUND', 'No such application addressed to your National Commission');
    return application;
  }

  private async requireComplete(manager: EntityManager, application: ApplicationRow): Promise<void> {
    const missing: { label: string }[] = await manager.query(
      `SELECT q.label FROM award_required_documents q
        WHERE q.round_id = $1 AND NOT EXISTS (SELECT 1 FROM award_nomination_documents d WHERE d.nomination_id = $2 AND d.requirement_id = q.id)
        ORDER BY q.position`,
      [application.roundId, application.id],
    );
    if (missing.length)
      throw new AwardsError('APPLICATION_INCOMPLETE', `The application lacks: ${missing.map((item) => item.label).join('; ')}`, {
        missing: missing.map((item) => item.label),
        details: missing.map((item) => ({ field: 'checklist', messages: [`${item.label} is missing`] })),
      });
  }

  private async move(
    manager: EntityManager,
    event: EventContext,
    application: ApplicationRow,
    to: ApplicationStage,
    userId: string,
    note: string,
  ): Promise<void> {
    await manager.query(`UPDATE award_nominations SET stage = $2 WHERE id = $1`, [application.id, to]);
    await recordTransition(manager, application.id, application.stage, to, userId, note.trim());
  }

  /** Holders of the role on the event, with their addresses (a contact whose role was taken away is not written to). */
  private async people(manager: EntityManager, event: EventContext, who: { userId: string }[], role: string): Promise<MailRecipient[]> {
    const holders = new Set((await this.auth.eventRoles(event.id)).filter((held) => held.role === role).map((held) => held.userId));
    const ids = [...new Set(who.map((person) => person.userId))].filter((id) => holders.has(id));
    return (await this.auth.contactsOf(ids, manager)).map((person) => ({ email: person.email, name: person.name, language: person.language }));
  }

  private async mail(manager: EntityManager, event: EventContext, kind: ApplicationMailKind, id: string, recipients: MailRecipient[]): Promise<void> {
    await mailNextParty(this.outbox, manager, event, kind, id, recipients);
  }
}

function requireOpen(round: RoundRow): void {
  if (new Date(round.nominationDeadline).getTime() <= Date.now())
    throw new AwardsError('NOMINATIONS_CLOSED', `Applications for this round closed at ${new Date(round.nominationDeadline).toISOString()}`, {
      closedAt: new Date(round.nominationDeadline).toISOString(),
    });
}

function requireJudgingAhead(round: RoundRow): void {
  if (round.closed || round.releasedAt) throw new AwardsError('JUDGING_CLOSED', 'Judging of this round has closed; its applications no longer move');
}

function requireStage(application: ApplicationRow, allowed: ApplicationStage[]): void {
  if (!allowed.includes(application.stage))
    throw new AwardsError('STAGE_CHANGED', `The application is ${application.stage}; this step needs it ${allowed.join(' or ')}`, {
      stage: application.stage,
      expected: allowed,
    });
}

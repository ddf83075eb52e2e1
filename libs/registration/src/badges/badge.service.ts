import { hanWritingOf } from '@app/countries';
import { Injectable } from '@nestjs/common';
import { DocumentFonts, type PdfFile } from '@app/documents';
import type { EventContext } from '@app/auth';
import { EventEntity, EventIdentityService } from '@app/events';
import { DataSource } from 'typeorm';
import { RegistrationQueryService } from '../registration-query.service.js';
import { RegistrationEntity } from '../registration.entity.js';
import { RegistrationService } from '../registration.service.js';
import type { BadgeListQuery } from './badge.dto.js';
import { badgeDocument, type BadgeHolder } from './badge-document.js';
import type { DietaryChoice } from '@app/needs';
import { RegistrationError } from '../registration.error.js';
import { BadgeLayoutService } from './badge-layout.service.js';

/** Badges for confirmed delegates: the delegate's own, or a printable list for the organisers. */
@Injectable()
export class BadgeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly queries: RegistrationQueryService,
    private readonly fonts: DocumentFonts,
    private readonly identity: EventIdentityService,
    private readonly layouts: BadgeLayoutService,
  ) {}

  async delegateBadge(token: string): Promise<PdfFile> {
    const registration = await this.registrations.findByToken(token);
    if (registration.state !== 'confirmed') {
      throw new RegistrationError('BADGE_NOT_CONFIRMED', `A badge is issued only for a confirmed registration; this one is ${registration.state}`, {
        state: registration.state,
      });
    }
    const event = await this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: registration.eventId });
    const [categories, extras, layout] = await Promise.all([this.categoryNames(event.id), this.holderExtras([registration.id]), this.layouts.layout(event.id)]);
    return {
      filename: `badge-${registration.fullName}.pdf`,
      // The delegate's own badge is one card, whatever sheets the organisers print.
      stream: badgeDocument(this.fonts, await this.badgeEvent(event), [toHolder(registration, categories, extras)], { ...layout, sheet: false }),
    };
  }

  /** A confirmed delegate's badge again, for a desk that prints a replacement; the same renderer as every badge. */
  async replacementBadge(event: EventContext, registrationId: string): Promise<PdfFile> {
    const registration = await this.dataSource.getRepository(RegistrationEntity).findOneByOrFail({ id: registrationId, eventId: event.id });
    const [categories, extras, layout] = await Promise.all([this.categoryNames(event.id), this.holderExtras([registration.id]), this.layouts.layout(event.id)]);
    return {
      filename: `badge-${registration.fullName}.pdf`,
      // A replacement is one card in the event's layout, like the delegate's own.
      stream: badgeDocument(this.fonts, await this.badgeEvent(event), [toHolder(registration, categories, extras)], { ...layout, sheet: false }),
    };
  }

  /** One page per confirmed delegate matching the list filters, in order of registration. */
  async eventBadges(event: EventContext, query: BadgeListQuery): Promise<PdfFile> {
    const [{ items }, categories, layout] = await Promise.all([
      this.queries.list(event.id, { ...query, state: 'confirmed' }, false),
      this.categoryNames(event.id),
      this.layouts.layout(event.id),
    ]);
    if (items.length === 0) throw new RegistrationError('NO_BADGES_TO_PRINT', 'No confirmed registration matches these filters: there is no badge to print');
    const extras = await this.holderExtras(items.map((row) => row.id));
    const holders = items.map((row) => toHolder({ ...row, categoryCode: row.category }, categories, extras));
    return { filename: `badges-${event.slug}.pdf`, stream: badgeDocument(this.fonts, await this.badgeEvent(event), holders, layout) };
  }

  /** The badge's header in the event's colour, with its emblem. */
  private async badgeEvent(event: { id: string; slug: string; name: string }) {
    const identity = await this.identity.forDocuments(event);
    return { name: identity.eventName, names: identity.eventNames, colour: identity.primaryColour, emblem: identity.emblem };
  }

  /** Honorifics, delegation cities and dietary choices, which a layout may print, for the given registrations in one query. */
  private async holderExtras(ids: string[]): Promise<Map<string, HolderExtras>> {
    const rows: ({ id: string } & HolderExtras)[] = await this.dataSource.query(
      `SELECT r.id, coalesce(p.honorific, '') AS honorific, d.city AS delegation, r.dietary_choices AS "dietaryChoices"
         FROM registrations r LEFT JOIN registration_protocol p ON p.registration_id = r.id LEFT JOIN delegations d ON d.id = r.delegation_id
        WHERE r.id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map(({ id, ...extra }) => [id, extra]));
  }

  private async categoryNames(eventId: string): Promise<Map<string, { code: string; name: string }>> {
    const rows: { id: string; code: string; name: string }[] = await this.dataSource.query(
      `SELECT id, code, name FROM registration_categories WHERE event_id = $1`,
      [eventId],
    );
    return new Map(
      rows.flatMap((row) => [
        [row.id, row],
        [row.code, row],
      ]),
    );
  }
}

interface HolderExtras {
  honorific: string;
  delegation: string | null;
  dietaryChoices: DietaryChoice[];
}

type HolderSource = Pick<RegistrationEntity, 'id' | 'fullName' | 'organisation' | 'city' | 'country' | 'badgeCode' | 'language'> & {
  categoryId?: string;
  categoryCode?: string;
};

function toHolder(source: HolderSource, categories: Map<string, { code: string; name: string }>, extras: Map<string, HolderExtras>): BadgeHolder {
  const category = categories.get(source.categoryId ?? source.categoryCode ?? '');
  return {
    fullName: source.fullName,
    honorific: extras.get(source.id)?.honorific,
    delegation: extras.get(source.id)?.delegation,
    dietaryChoices: extras.get(source.id)?.dietaryChoices,
    organisation: source.organisation,
    city: source.city,
    country: source.country,
    categoryCode: category?.code ?? '',
    categoryName: category?.name ?? '',
    badgeCode: source.badgeCode,
    language: hanWritingOf(source.country) ?? source.language,
    reads: source.language,
  };
}

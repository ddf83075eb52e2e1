import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { Coalescer } from './coalescer.js';
import { isPermanentMailError, MailTransport } from './mail-transport.js';
import type { NotificationEntity } from './notification.entity.js';
import { layoutWords, linksInLanguage, type MailFrame, tidyText } from './mail-layout.js';
import { type MailContext, NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';
import { MailEvents, type MailEvent } from './mail-events.js';
import { preparedQuery } from './prepared-query.js';
import { mailDateRange, mailDay, zoneName } from './mail-dates.js';
import { TemplateRenderer } from './template-renderer.js';
import { type MailWords, renderWording, type WordableKind, wordableKind, type WordingContext } from './mail-wording.js';

/** Renders a ready subject, text and bodyHtml in the layout. */
const ORGANISER_WORDS_TEMPLATE = 'organiser-message';
import { UnsubscribeTokens } from './unsubscribe-token.js';

export type DeliveryOutcome = 'sent' | 'skipped' | 'discarded';

export class PermanentDeliveryError extends Error {}

type EventRow = MailEvent;

type ClaimedRow = NotificationEntity & {
  secret: string | null;
  event: EventRow | null;
  facts: Record<string, unknown> | null;
  optedOut: boolean;
  /** The organiser's words for this kind, by language, when they re-worded it. */
  wording: Record<string, MailWords> | null;
};

/** A job starting (claim its row) or a job whose message the SMTP server accepted (record it sent). */
type ClaimEntry = { claim: string; rerun: boolean; sent?: undefined };
type SentEntry = { sent: { id: string; messageId: string }; claim?: undefined };
type LedgerEntry = ClaimEntry | SentEntry;

/**
 * Sends one outbox row: claims it, reloads what it is about, renders it in the recipient's
 * language and the event's time zone, hands it to the transport and records the result.
 * Idempotent: a row already sent, held or discarded is skipped.
 */
@Injectable()
export class DeliverNotification {
  private readonly logger = new Logger(DeliverNotification.name);
  private readonly kinds: Map<string, NotificationKind>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly tokens: UnsubscribeTokens,
    private readonly events: MailEvents,
    @Inject(NOTIFICATION_KINDS) kinds: NotificationKind[],
  ) {
    this.kinds = new Map(kinds.map((kind) => [kind.kind, kind]));
    this.factsSql = factsExpression(kinds);
  }

  /** Each kind's facts, computed in the claim statement (see NotificationKind.facts). */
  private readonly factsSql: string;

  /**
   * The delivery's own bookkeeping, one round trip for every job that reaches it while the
   * previous one is in flight: claims of jobs starting and 'sent' records of
   * jobs finishing go out in one statement, instead of an UPDATE and a SELECT per job, or one
   * statement per kind of step. Each job still waits for its own row to be written.
   */
  private readonly ledger = new Coalescer<LedgerEntry, ClaimedRow | undefined>(async (entries) => {
    const claiming = entries.filter((entry): entry is ClaimEntry => entry.claim !== undefined);
    const claims = claiming.map((entry) => entry.claim);
    const reruns = claiming.filter((entry) => entry.rerun).map((entry) => entry.claim);
    const sent = entries.filter((entry): entry is SentEntry => entry.sent !== undefined).map((entry) => entry.sent);
    const rows = await preparedQuery<Omit<ClaimedRow, 'event'>>(
      this.dataSource,
      'plenary_delivery_ledger',
      `WITH sent AS (
         UPDATE notifications n
            SET state = 'sent', sent_at = now(), smtp_message_id = s.message_id, last_error = NULL, secret = NULL, updated_at = now()
           FROM unnest($2::uuid[], $3::text[]) AS s(id, message_id)
          WHERE n.id = s.id
          RETURNING n.id),
       claimed AS (
         UPDATE notifications SET state = 'sending', attempts = attempts + 1, updated_at = now()
          -- A row being recorded sent in this very statement (a stalled job run again) stays sent. A row
          -- left 'sending' is taken over only by a job run again (after a crash or an error), never by
          -- a second job that happens to carry the same row while the first is sending it.
          WHERE id = ANY($1::uuid[]) AND id <> ALL($2::uuid[])
            AND (state IN ('pending', 'queued') OR (state = 'sending' AND id = ANY($4::uuid[])))
          RETURNING id, event_id, kind, recipient_email, recipient_name, language, about, secret, subject_override, text_override)
       SELECT c.id, c.event_id AS "eventId", c.kind, c.recipient_email AS "recipientEmail", c.recipient_name AS "recipientName",
              c.language, c.about, c.secret, c.subject_override AS "subjectOverride", c.text_override AS "textOverride",
              ${this.factsSql} AS facts,
              EXISTS (SELECT 1 FROM notification_opt_outs o
                       WHERE o.email = c.recipient_email AND o.kind = c.kind
                         AND (o.event_id = c.event_id OR (o.event_id IS NULL AND c.event_id IS NULL))) AS "optedOut",
              (SELECT json_object_agg(w.language, json_build_object('subject', w.subject, 'body', w.body))
                 FROM mail_wordings w WHERE w.event_id = c.event_id AND w.kind = c.kind) AS wording
         FROM claimed c`,
      [claims, sent.map((item) => item.id), sent.map((item) => item.messageId), reruns],
    );
    // The events of the whole batch in one question to their owner.
    const events = await this.events.byIds(
      this.dataSource.manager,
      rows.flatMap((row) => (row.eventId ? [row.eventId] : [])),
    );
    const byId = new Map(rows.map((row) => [row.id, { ...row, event: inLanguage((row.eventId && events.get(row.eventId)) || null, row.language) }]));
    return entries.map((entry) => (entry.claim === undefined ? undefined : byId.get(entry.claim)));
  });

  /** describeEvent depends only on these fields; Intl date formatting is a large share of a message's CPU. */
  private readonly described = new Map<string, ReturnType<DeliverNotification['formatEvent']>>();

  /** `lastAttempt`: a transient failure now is final. `rerun`: the job ran before, so it may take over a row it left `sending`. */
  async execute(notificationId: string, lastAttempt: boolean, rerun: boolean): Promise<DeliveryOutcome> {
    const claimed = await this.ledger.submit({ claim: notificationId, rerun });
    if (!claimed) return 'skipped';
    try {
      if (claimed.optedOut && this.kinds.get(claimed.kind)?.transactional === false) {
        await this.record(notificationId, `state = 'discarded', secret = NULL, last_error = 'The recipient opted out of this kind of message'`);
        return 'discarded';
      }
      const message = await this.compose(claimed);
      if (!message) {
        await this.record(notificationId, `state = 'discarded', secret = NULL, last_error = 'What this message was about no longer exists'`);
        return 'discarded';
      }
      const receipt = await this.transport.send(message);
      await this.ledger.submit({ sent: { id: notificationId, messageId: receipt.messageId } });
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentDeliveryError || isPermanentMailError(error);
      if (permanent || lastAttempt) {
        await this.record(notificationId, `state = 'failed', failed_at = now(), last_error = $2`, [reason]);
        this.logger.warn(`Notification ${notificationId} failed${permanent ? ' permanently' : ' after its last attempt'}: ${reason}`);
        throw permanent ? new PermanentDeliveryError(reason) : error;
      }
      await this.record(notificationId, `state = 'queued', last_error = $2`, [reason]);
      throw error;
    }
  }

  /** The queue gave up on rows that never reached a recorded outcome. */
  async markAbandoned(notificationIds: string[], reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET state = 'failed', failed_at = now(), last_error = $2, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND state IN ('queued', 'sending')`,
      [notificationIds, reason],
    );
  }

  private async compose(row: ClaimedRow) {
    const kind = this.kinds.get(row.kind);
    if (!kind) throw new PermanentDeliveryError(`Unknown notification kind "${row.kind}"`);
    const event = row.event ?? undefined;
    const base = this.config.PUBLIC_URL;
    const links = {
      app: base,
      event: event ? `${base}/events/${event.slug}` : base,
      manage: row.secret ? `${base}/manage/${row.secret}` : undefined,
    };
    const data = await kind.load(this.dataSource.manager, row.about, row.language, row.facts ?? undefined, { links, secret: row.secret ?? undefined });
    if (data === null) return null;
    const languages = [row.language, ...(event?.languages ?? []), 'en'];
    const template = kind.template ?? row.kind;
    const language = languages.find((candidate) => this.renderer.has(template, candidate)) ?? 'en';
    const unsubscribeUrl =
      kind.transactional === false
        ? `${base}/unsubscribe?token=${this.tokens.sign({ email: row.recipientEmail, eventId: row.eventId, kind: row.kind })}`
        : undefined;
    const context = {
      ...data,
      recipientName: row.recipientName,
      event: event ? this.describeEvent(event, row.language) : undefined,
      links,
      // The one-off token itself, for kinds whose private link is not a registration page (speaker invitations).
      secret: row.secret ?? undefined,
      frame: this.frame(kind, event, language, { links, secret: row.secret ?? undefined, data }, unsubscribeUrl),
    };
    const words = row.wording?.[language];
    const wordable = words && wordableKind(row.kind);
    let rendered;
    try {
      rendered = wordable
        ? // The organiser's words, in the same layout: rendered as their own messages are.
          this.renderWords(context, language, words, wordable)
        : this.renderer.render(template, languages, context);
    } catch (error) {
      throw new PermanentDeliveryError(error instanceof Error ? error.message : String(error));
    }
    // Every link into the app opens it in the language the message is written in.
    const localise = (content: string, html: boolean) => linksInLanguage(content, base, rendered.language, html);
    const headers: Record<string, string> = {};
    if (unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${localise(unsubscribeUrl, false)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return {
      notificationId: row.id,
      to: { name: row.recipientName, address: row.recipientEmail },
      language: rendered.language,
      subject: row.subjectOverride?.replace(/[\r\n]+/g, ' ') ?? rendered.subject,
      text: localise(row.textOverride ? tidyText(row.textOverride) : rendered.text, false),
      html: localise(row.textOverride ? `<pre style="white-space: pre-wrap; font: inherit">${escapeHtml(row.textOverride)}</pre>` : rendered.html, true),
      headers,
    };
  }

  private renderWords(context: Record<string, unknown>, language: string, words: MailWords, kind: WordableKind) {
    const own = renderWording(words, kind.values({ ...context, language } as WordingContext));
    return this.renderer.render(ORGANISER_WORDS_TEMPLATE, [language], { ...context, subject: own.subject, text: own.text, bodyHtml: own.html });
  }

  /** The layout around the message: its main button, who organises the event, why the reader gets it, the opt-out link. */
  private frame(kind: NotificationKind, event: EventRow | undefined, language: string, mail: MailContext, unsubscribeUrl: string | undefined): MailFrame {
    const words = layoutWords(language);
    const main = kind.mainLink
      ? kind.mainLink(mail)
      : mail.links.manage
        ? { url: mail.links.manage, label: words.manage }
        : event
          ? { url: mail.links.event, label: words.event }
          : undefined;
    const reason = kind.reason?.[language] ?? kind.reason?.en;
    return {
      button: main && { url: main.url, label: typeof main.label === 'string' ? main.label : (main.label[language] ?? main.label.en) },
      organiser: event?.organiser ? `${words.organisedBy} ${event.organiser}` : undefined,
      reason:
        reason ??
        (event ? (kind.transactional === false ? words.reasonOptional : words.reasonTransactional).replace('{event}', event.name) : words.reasonAccount),
      unsubscribe: unsubscribeUrl ? { url: unsubscribeUrl, label: words.unsubscribe } : undefined,
    };
  }

  private describeEvent(event: EventRow, language: string) {
    const key = JSON.stringify([
      event.name,
      event.organiser,
      event.logo_url,
      event.city,
      event.venue,
      event.time_zone,
      event.start_date,
      event.end_date,
      language,
    ]);
    let described = this.described.get(key);
    if (!described) {
      if (this.described.size >= 1000) this.described.clear();
      described = this.formatEvent(event, language);
      this.described.set(key, described);
    }
    return described;
  }

  private formatEvent(event: EventRow, language: string) {
    return {
      name: event.name,
      logoUrl: event.logo_url ?? undefined,
      city: event.city,
      venue: event.venue,
      timeZone: event.time_zone,
      zoneName: zoneName(event.time_zone, new Date(`${event.start_date}T12:00:00Z`), language),
      organiser: event.organiser,
      dates: mailDateRange(event.start_date, event.end_date, event.time_zone, language),
      startsOn: mailDay(event.start_date, event.time_zone, language),
    };
  }

  private async record(notificationId: string, assignments: string, params: unknown[] = []): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET ${assignments}, updated_at = now() WHERE id = $1`, [notificationId, ...params]);
  }
}

/** `CASE c.kind WHEN 'x' THEN json_build_object(…) … END`: every kind's facts in one column. */
function factsExpression(kinds: NotificationKind[]): string {
  const branches = kinds
    .filter((kind) => kind.facts && Object.keys(kind.facts).length > 0)
    .map((kind) => {
      if (!/^[a-z]+(-[a-z]+)*$/.test(kind.kind)) throw new Error(`Notification kind "${kind.kind}" is not a kind name`);
      const pairs = Object.entries(kind.facts!).map(([name, sql]) => {
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Fact "${name}" of kind "${kind.kind}" is not a plain name`);
        return `'${name}', (${sql})`;
      });
      return `WHEN '${kind.kind}' THEN json_build_object(${pairs.join(', ')})`;
    });
  return branches.length === 0 ? 'NULL::json' : `CASE c.kind ${branches.join(' ')} END`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The event named as the organiser gave it in the reader's language, else in its first. */
function inLanguage(event: MailEvent | null, language: string): MailEvent | null {
  if (!event) return null;
  const texts = event.translations?.[language];
  const pick = (text: string | undefined, fallback: string) => (text && text.trim() !== '' ? text : fallback);
  return { ...event, name: pick(texts?.name, event.name), venue: pick(texts?.venue, event.venue) };
}

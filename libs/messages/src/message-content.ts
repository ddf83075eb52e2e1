import MarkdownIt from 'markdown-it';
import { MessagesError } from './messages.error.js';

export interface MessageText {
  subject: string;
  body: string;
}

/** What a recipient's placeholders are filled with. */
export interface RecipientFields {
  name: string;
  title: string;
  delegation: string;
  eventLink: string;
  programmeLink: string;
  /** Filled when the mail is sent, from the one-off token its outbox row carries: never stored with the recipient. */
  managementLink?: string;
  badgeLink?: string;
}

/** Links are filled in before Markdown (they sit inside link targets); the rest after, escaped for HTML. */
// Private links are minted per recipient when the message is sent (see MessagesService): a delegate's own page and badge.
export const PRIVATE_LINK_PLACEHOLDERS = ['managementLink', 'badgeLink'] as const;
const LINK_PLACEHOLDERS = ['eventLink', 'programmeLink', ...PRIVATE_LINK_PLACEHOLDERS] as const;
const TEXT_PLACEHOLDERS = ['name', 'title', 'delegation'] as const;
export const PLACEHOLDERS: readonly string[] = [...TEXT_PLACEHOLDERS, ...LINK_PLACEHOLDERS];

export const SUBJECT_LIMIT = 300;
export const BODY_LIMIT = 20_000;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

// Raw HTML in a body is shown as text, never passed through: an organiser's paste cannot inject markup.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Refuses text too large for a mail (413) or naming a placeholder that does not exist (422). */
export function checkContent(content: Record<string, MessageText>): void {
  for (const [language, text] of Object.entries(content)) {
    for (const [field, value, limit] of [
      ['subject', text.subject, SUBJECT_LIMIT],
      ['body', text.body, BODY_LIMIT],
    ] as const) {
      if (value.length > limit) {
        throw new MessagesError('MESSAGE_TOO_LARGE', `The ${field} in ${language} is longer than ${limit} characters`, { language, field, limit });
      }
      for (const [, name] of value.matchAll(PLACEHOLDER)) {
        if (!PLACEHOLDERS.includes(name)) {
          throw new MessagesError('MESSAGE_PLACEHOLDER_UNKNOWN', `The ${field} in ${language} uses {{${name}}}, which does not exist`, {
            placeholder: name,
            language,
            field,
            known: [...PLACEHOLDERS],
          });
        }
      }
    }
  }
}

/** The private-link placeholders a message uses, in any language, subject or body. */
export function privateLinksUsed(content: MessageText[]): string[] {
  const used = new Set<string>();
  for (const text of content) {
    for (const [, name] of `${text.subject}\n${text.body}`.matchAll(PLACEHOLDER)) {
      if ((PRIVATE_LINK_PLACEHOLDERS as readonly string[]).includes(name)) used.add(name);
    }
  }
  return [...used];
}

export interface RenderedText {
  subject: string;
  text: string;
  html: string;
}

/** One recipient's message: plain subject and text, and the body as safe HTML. */
export function renderContent(text: MessageText, fields: RecipientFields): RenderedText {
  const fill = (source: string, names: readonly (keyof RecipientFields)[], escape: (value: string) => string) =>
    source.replace(PLACEHOLDER, (whole, name: string) =>
      (names as readonly string[]).includes(name) ? escape(fields[name as keyof RecipientFields] ?? '') : whole,
    );
  const all = [...TEXT_PLACEHOLDERS, ...LINK_PLACEHOLDERS];
  const html = fill(markdown.render(fill(text.body, LINK_PLACEHOLDERS, (value) => value)), TEXT_PLACEHOLDERS, escapeHtml);
  return {
    // A subject is one header line whatever a name holds.
    subject: fill(text.subject, all, (value) => value)
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .trim(),
    text: fill(text.body, all, (value) => value).replace(/\n{3,}/g, '\n\n'),
    html,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

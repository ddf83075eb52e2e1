import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type MailFrame, tidyText } from './mail-layout.js';
import { fileURLToPath } from 'node:url';

import { LOCALES, mailMoment } from './mail-dates.js';

export { LOCALES };

export const TEMPLATES_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

type Part = 'subject' | 'text' | 'html';

export interface RenderedMessage {
  language: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Handlebars templates per kind and language (`templates/<kind>/<lang>.<part>.hbs`), shipped as
 * build assets. HTML escapes everything it is given; subject and text are plain text.
 */
@Injectable()
export class TemplateRenderer {
  private readonly engine = Handlebars.create();
  private readonly templates = new Map<string, Handlebars.TemplateDelegate>();
  private readonly layout: Handlebars.TemplateDelegate;

  constructor(directory: string = TEMPLATES_DIR) {
    // {{dateTime iso}}: a moment in the event's time zone and the message's language, zone named.
    this.engine.registerHelper('dateTime', (iso: unknown, options: Handlebars.HelperOptions) => {
      const root = options.data?.root as { language?: string; event?: { timeZone?: string } };
      return mailMoment(String(iso), root.event?.timeZone ?? 'UTC', root.language ?? 'en');
    });
    for (const kind of readdirSync(directory)) {
      if (!statSync(join(directory, kind)).isDirectory()) continue;
      for (const file of readdirSync(join(directory, kind))) {
        const match = /^([a-z]{2,3})\.(subject|text|html)\.hbs$/.exec(file);
        if (!match) continue;
        const source = readFileSync(join(directory, kind, file), 'utf8').trim();
        this.templates.set(`${kind}/${match[1]}.${match[2]}`, this.engine.compile(source, { noEscape: match[2] !== 'html', strict: false }));
      }
    }
    this.layout = this.engine.compile(readFileSync(join(directory, 'layout.html.hbs'), 'utf8'));
  }

  has(kind: string, language: string): boolean {
    return this.templates.has(`${kind}/${language}.subject`);
  }

  /** Renders in the first of `languages` that has templates for this kind. */
  render(kind: string, languages: string[], context: Record<string, unknown>): RenderedMessage {
    const language = languages.find((candidate) => this.has(kind, candidate));
    if (!language) throw new Error(`No template for "${kind}" in ${languages.join(', ')}`);
    const part = (name: Part) => this.templates.get(`${kind}/${language}.${name}`)!({ ...context, language });
    // A subject is one header line whatever a user typed into a name or title.
    const subject = part('subject')
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .trim();
    const frame = context.frame as MailFrame | undefined;
    const html = this.layout({ ...context, language, subject, body: part('html') });
    return { language, subject, text: tidyText(`${part('text')}\n\n${frame ? textFooter(frame) : ''}`), html };
  }
}

/** The layout's footer in the plain-text part, after the usual signature separator. */
function textFooter(frame: MailFrame): string {
  const lines = ['-- ', frame.organiser, frame.reason, frame.unsubscribe && `${frame.unsubscribe.label}: ${frame.unsubscribe.url}`];
  return lines.filter(Boolean).join('\n');
}

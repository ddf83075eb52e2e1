import type { FastifyInstance } from 'fastify';
import { EventCache } from '@app/events';
import { exportVariant, type ScheduleFormat, ScheduleExportsService } from '@app/programme';
import { EXPORT_CONTENT_TYPES, exportEncoding, exportEtag, matches, sendExport, sendNotModified } from './conditional-get.js';

/**
 * The public export routes of ScheduleExportsController, with `?lang=` alone for the formats that take it;
 * any other query, an encoded slug or anything else goes to Nest.
 */
const EXPORT_PATH = /^\/events\/([\w.-]+)\/(?:(schedule\.xml|schedule\.json|schedule\.ics)(?:\?lang=([a-z]{2,3}))?|(programme))$/;

const FORMATS: Record<string, ScheduleFormat> = { 'schedule.xml': 'xml', 'schedule.json': 'json', 'schedule.ics': 'ics', programme: 'programme' };

interface Services {
  get(type: typeof EventCache): EventCache;
  get(type: typeof ScheduleExportsService): ScheduleExportsService;
}

/**
 * Most of the exports' traffic is GETs of an unchanged programme, and Nest's pipeline (guard, parameters,
 * interceptors) costs more than the answer: when the event (by slug), its latest version and, for a 200,
 * the built export are fresh in memory, the 304 or the 200 is sent here, as the controller would send it,
 * with the headers the earlier hooks set. Whatever is not certain from memory (a language the event does
 * not offer, an export not built yet) goes on to Nest unchanged, which also fills the caches.
 * The routes are public, so a caller's token changes nothing in the answer.
 */
export function answerExportsEarly(fastify: FastifyInstance, app: Services): void {
  const events = app.get(EventCache);
  const exports = app.get(ScheduleExportsService);
  fastify.addHook('onRequest', (request, reply, done) => {
    const route = request.method === 'GET' ? EXPORT_PATH.exec(request.url) : null;
    const event = route ? events.knownHeading(route[1]) : undefined;
    const version = event ? exports.knownVersion(event.id) : undefined;
    if (!route || !event || version === undefined) return done();
    const language = route[3] ?? event.languages[0];
    if (!event.languages.includes(language)) return done();
    const format = FORMATS[route[2] ?? route[4]];
    const variant = exportVariant(format, language);
    const etag = exportEtag(event.slug, version, variant);
    const encoding = exportEncoding(request.headers['accept-encoding']);
    if (matches(request.headers['if-none-match'], etag)) return sendNotModified(reply, etag, encoding);
    const body = exports.knownBody(event.id, version, variant);
    if (body) return sendExport(reply, etag, EXPORT_CONTENT_TYPES[format], body, encoding);
    done();
  });
}

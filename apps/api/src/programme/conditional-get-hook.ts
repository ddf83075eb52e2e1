import type { FastifyInstance } from 'fastify';
import { EventCache } from '@app/events';
import { type ScheduleFormat, ScheduleExportsService } from '@app/programme';
import { exportEtag, matches, sendNotModified } from './conditional-get.js';

/** The public export routes of ScheduleExportsController; a query, an encoded slug or anything else goes to Nest. */
const EXPORT_PATH = /^\/events\/([\w.-]+)\/(schedule\.xml|schedule\.json|schedule\.ics|programme)$/;

const FORMATS: Record<string, ScheduleFormat> = { 'schedule.xml': 'xml', 'schedule.json': 'json', 'schedule.ics': 'ics', programme: 'programme' };

interface Services {
  get(type: typeof EventCache): EventCache;
  get(type: typeof ScheduleExportsService): ScheduleExportsService;
}

/**
 * Most of the exports' traffic is conditional GETs of an unchanged programme, and Nest's pipeline (guard,
 * parameters, interceptors) costs more than the answer: when both the event (by slug) and its latest version
 * are fresh in memory, the 304 is sent here, as the controller would send it, with the headers the earlier
 * hooks set. Whatever is not certain from memory goes on to Nest unchanged, which also fills the caches.
 * The routes are public, so a caller's token changes nothing in the answer.
 */
export function answerConditionalGetsEarly(fastify: FastifyInstance, app: Services): void {
  const events = app.get(EventCache);
  const exports = app.get(ScheduleExportsService);
  fastify.addHook('onRequest', (request, reply, done) => {
    const ifNoneMatch = request.headers['if-none-match'];
    const route = ifNoneMatch && request.method === 'GET' ? EXPORT_PATH.exec(request.url) : null;
    const event = route ? events.knownHeading(route[1]) : undefined;
    const version = event ? exports.knownVersion(event.id) : undefined;
    if (route && event && version !== undefined) {
      const etag = exportEtag(event.slug, version, FORMATS[route[2]]);
      if (matches(ifNoneMatch, etag)) return sendNotModified(reply, etag);
    }
    done();
  });
}

import { BadRequestException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

const NUL_MESSAGE = 'The request contains a NUL character (\\u0000), which no text in Plenary may hold';

/** True when a URL carries a percent-encoded NUL anywhere (path or query); a raw one never passes Node's parser. */
export function urlHasNul(url: string): boolean {
  return /%00/i.test(url);
}

/** True when any string or key in a parsed body holds a NUL; iterative, so no body can exhaust the stack. */
export function bodyHasNul(body: unknown): boolean {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\0')) return true;
    } else if (Array.isArray(value)) {
      // One by one: spreading a body's 500,000-item array into push() would overflow the stack.
      for (const item of value) pending.push(item);
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\0')) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * PostgreSQL cannot store U+0000 in text and answers 22021, so it is refused at the edge, once, for every route:
 * the URL before anything else runs, the body (JSON, form or CSV) as soon as it is parsed.
 */
export function refuseNulCharacters(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    done(urlHasNul(request.url) ? new BadRequestException(NUL_MESSAGE) : undefined);
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    done(bodyHasNul(request.body) ? new BadRequestException(NUL_MESSAGE) : undefined);
  });
}

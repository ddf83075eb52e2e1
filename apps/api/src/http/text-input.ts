import { BadRequestException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

const NUL_MESSAGE = 'The request contains a NUL character (\\u0000), which no text in Plenary may hold';

/** True when a URL carries a percent-encoded NUL anywhere (path or query); a raw one never passes Node's parser. */
export function urlHasNul(url: string): boolean {
  return /%00/i.test(url);
}

/** True when any string or key in a parsed body holds a NUL; iterative, so no body can exhaust the stack. */
export function bodyHasNul(body: unknown): boolean {
  // Only objects and arrays wait on the stack; the numbers of a long array are passed over in place.
  const containers: object[] = [];
  const holdsNul = (value: unknown): boolean => {
    if (typeof value === 'string') return value.includes('\0');
    if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) containers.push(value);
    return false;
  };
  if (holdsNul(body)) return true;
  while (containers.length > 0) {
    const container = containers.pop()!;
    if (Array.isArray(container)) {
      for (const item of container) if (holdsNul(item)) return true;
    } else {
      for (const [key, item] of Object.entries(container)) if (key.includes('\0') || holdsNul(item)) return true;
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
    done(urlHasNul(request.url) ? new BadRequestException({ code: 'NUL_CHARACTER', message: NUL_MESSAGE }) : undefined);
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    done(bodyHasNul(request.body) ? new BadRequestException({ code: 'NUL_CHARACTER', message: NUL_MESSAGE }) : undefined);
  });
}

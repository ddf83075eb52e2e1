import { BadRequestException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** No request of ours nests deeper than a handful of levels; this leaves room and stops stack-deep bodies. */
export const JSON_MAX_DEPTH = 32;

/**
 * Whether raw JSON nests objects/arrays deeper than `limit`, found in one linear pass over the bytes
 * (brackets inside strings do not count), stopping at the first level too deep.
 */
export function jsonNestsDeeperThan(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // a backslash escapes the next byte, a quote included
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > limit) return true;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return false;
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * Fastify's own JSON parser (secure-json-parse, with the instance's __proto__/constructor rules), behind a
 * depth check: JSON.parse and the validation that walks its result recurse per level, so a deep body would
 * cost a 500 or block the event loop before any login.
 */
export function depthLimitedJsonParser(fastify: FastifyInstance): (request: FastifyRequest, body: Buffer, done: Done) => void {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig;
  const parse = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  return (request, body, done) => {
    if (jsonNestsDeeperThan(body, JSON_MAX_DEPTH)) {
      done(
        new BadRequestException({
          code: 'JSON_TOO_DEEP',
          message: `The JSON in the request body nests objects or arrays deeper than ${JSON_MAX_DEPTH} levels`,
          details: { maxDepth: JSON_MAX_DEPTH },
        }),
      );
      return;
    }
    parse(request, body.toString(), done);
  };
}

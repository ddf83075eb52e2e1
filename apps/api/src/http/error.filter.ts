import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { postgresError } from '@app/database';
import { STATUS_CODES } from 'node:http';
import type { ApiErrorResponse } from './api-error.js';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable } from './database-unavailable.js';

interface ReplyLike {
  code(status: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
  sent?: boolean;
}

/** Turns anything thrown into the one error shape; a 500 is only ever our own fault. */
export function toApiError(exception: unknown, requestId?: string): ApiErrorResponse {
  const body = describe(exception);
  return { ...body, error: STATUS_CODES[body.statusCode] ?? 'Error', ...(requestId ? { requestId } : {}) };
}

function describe(exception: unknown): Omit<ApiErrorResponse, 'error'> {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return { statusCode, message: response };
    const { message, details } = response as { message?: unknown; details?: unknown };
    const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
    return { statusCode, message: text, ...(details !== undefined ? { details } : {}) };
  }
  const outage = databaseUnavailable(exception);
  if (outage) return outage;
  const pg = postgresError(exception);
  if (pg?.code === '22P02' || pg?.code === '22007' || pg?.code === '22008') {
    return { statusCode: 400, message: 'A value in the request is not of the expected form' };
  }
  // A NUL (or a byte that is not UTF-8) that slipped past the edge checks: PostgreSQL cannot store it.
  if (pg?.code === '22021') return { statusCode: 400, message: 'The request holds a character that cannot be stored, such as NUL (\\u0000)' };
  // A rule of the schema the request broke that no service explained: still the client's input.
  if (pg?.code === '23514' || pg?.code === '23502') {
    return { statusCode: 422, message: `The request breaks a rule of the data${pg.constraint ? ` (${pg.constraint})` : ''}` };
  }
  // Fastify's own errors (bad JSON, body too large, unsupported media type) carry a 4xx statusCode.
  const fastify = exception as { statusCode?: number; message?: string; code?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return { statusCode: fastify.statusCode, message: clientMessage(fastify) };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

function clientMessage(error: { statusCode?: number; message?: string; code?: string }): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than the limit of 1 MiB';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Unsupported Content-Type; send application/json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty but Content-Type is application/json';
    default:
      if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return `Malformed JSON in the request body: ${error.message}`;
      return error.message ?? 'Bad request';
  }
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ id?: string; method?: string; url?: string }>();
    const reply = http.getResponse<ReplyLike>();
    const body = toApiError(exception, request?.id);
    if (body.statusCode === 500) {
      this.logger.error(`${request?.method} ${request?.url} failed`, exception instanceof Error ? exception.stack : String(exception));
    }
    if (reply.sent) return;
    if (body.statusCode === 503 && databaseUnavailable(exception)) {
      this.logger.warn(`Answered 503: the database is unavailable (${exception instanceof Error ? exception.message : String(exception)})`);
      reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    if (exception instanceof HttpException) {
      const retryAfter = (exception.getResponse() as { details?: { retryAfterSeconds?: number } })?.details?.retryAfterSeconds;
      if (retryAfter) reply.header('Retry-After', String(retryAfter));
    }
    reply.code(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(body);
  }
}

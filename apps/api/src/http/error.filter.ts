import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { postgresError } from '@app/database';
import { DomainError } from '@app/errors';
import { STATUS_CODES } from 'node:http';
import type { ApiErrorResponse } from './api-error.js';
import { redactUrl } from './redact-url.js';
import { codeForStatus, ERROR_STATUS, isApiErrorCode, type ApiErrorCode } from './error-codes.js';
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
  if (exception instanceof DomainError && isApiErrorCode(exception.code)) {
    const { details, ...data } = exception.data as { details?: unknown };
    return {
      statusCode: ERROR_STATUS[exception.code],
      code: exception.code,
      message: exception.message,
      ...(details !== undefined ? { details } : {}),
      ...(Object.keys(data).length ? { data } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const { message, details, code } = (typeof response === 'string' ? { message: response } : response) as {
      message?: unknown;
      details?: unknown;
      code?: unknown;
    };
    const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
    // Nest hands Fastify's own client errors (bad JSON, body too large) on as HTTP exceptions caused by them.
    const cause = exception.cause as { statusCode?: number; code?: string } | undefined;
    const known =
      typeof code === 'string' && isApiErrorCode(code) ? code : cause?.code ? fastifyCode({ statusCode, code: cause.code }) : codeForStatus(statusCode);
    return { statusCode, code: known, message: text, ...(details !== undefined ? { details } : {}) };
  }
  const outage = databaseUnavailable(exception);
  if (outage) return outage;
  const pg = postgresError(exception);
  if (pg?.code === '22P02' || pg?.code === '22007' || pg?.code === '22008') {
    return { statusCode: 400, code: 'INVALID_VALUE', message: 'A value in the request is not of the expected form' };
  }
  // A NUL (or a byte that is not UTF-8) that slipped past the edge checks: PostgreSQL cannot store it.
  if (pg?.code === '22021')
    return { statusCode: 400, code: 'NUL_CHARACTER', message: 'The request holds a character that cannot be stored, such as NUL (\\u0000)' };
  // A rule of the schema the request broke that no service explained: still the client's input.
  if (pg?.code === '23514' || pg?.code === '23502') {
    return { statusCode: 422, code: 'CONSTRAINT_VIOLATED', message: `The request breaks a rule of the data${pg.constraint ? ` (${pg.constraint})` : ''}` };
  }
  // Fastify's own errors (bad JSON, body too large, unsupported media type) carry a 4xx statusCode.
  const fastify = exception as { statusCode?: number; message?: string; code?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return { statusCode: fastify.statusCode, code: fastifyCode(fastify), message: clientMessage(fastify) };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL_ERROR', message: 'Internal server error' };
}

function fastifyCode(error: { statusCode?: number; code?: string }): ApiErrorCode {
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'MALFORMED_JSON';
  return codeForStatus(error.statusCode ?? 400);
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
      this.logger.error(`${request?.method} ${redactUrl(request?.url)} failed`, exception instanceof Error ? exception.stack : String(exception));
    }
    if (reply.sent) return;
    if (body.statusCode === 503 && databaseUnavailable(exception)) {
      this.logger.warn(`Answered 503: the database is unavailable (${exception instanceof Error ? exception.message : String(exception)})`);
    }
    const retryAfter = body.statusCode === 503 && databaseUnavailable(exception) ? DATABASE_RETRY_AFTER_SECONDS : retryAfterSeconds(exception);
    if (retryAfter) reply.header('Retry-After', String(retryAfter));
    reply.code(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(body);
  }
}

function retryAfterSeconds(exception: unknown): number | undefined {
  const carrier = exception instanceof DomainError ? exception.data : exception instanceof HttpException ? exception.getResponse() : undefined;
  return (carrier as { details?: { retryAfterSeconds?: number } } | undefined)?.details?.retryAfterSeconds;
}

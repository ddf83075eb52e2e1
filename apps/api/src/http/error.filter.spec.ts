import { BadRequestException, ConflictException, HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@app/errors';
import { toApiError } from './error.filter.js';

describe('toApiError', () => {
  it('keeps the message and details of an HTTP exception', () => {
    const error = new BadRequestException({ message: 'Validation failed: x', details: [{ field: 'x', messages: ['bad'] }] });
    expect(toApiError(error, 'req-1')).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'BAD_REQUEST',
      message: 'Validation failed: x',
      details: [{ field: 'x', messages: ['bad'] }],
      requestId: 'req-1',
    });
  });

  it('uses the plain message of a simple exception', () => {
    expect(toApiError(new ConflictException('Slug taken'))).toEqual({ statusCode: 409, error: 'Conflict', code: 'BAD_REQUEST', message: 'Slug taken' });
  });

  it('joins an array of messages', () => {
    expect(toApiError(new HttpException({ message: ['a', 'b'] }, 422)).message).toBe('a; b');
  });

  it('turns a malformed value caught by PostgreSQL into 400', () => {
    const error = new QueryFailedError('SELECT', [], Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' }));
    expect(toApiError(error)).toEqual(expect.objectContaining({ statusCode: 400, code: 'INVALID_VALUE' }));
  });

  it('turns a NUL that PostgreSQL cannot store into 400', () => {
    const error = new QueryFailedError('INSERT', [], Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }));
    expect(toApiError(error)).toEqual(expect.objectContaining({ statusCode: 400, message: expect.stringContaining('NUL') }));
  });

  it.each([
    [
      'the server shutting down',
      new QueryFailedError('SELECT', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })),
    ],
    ['too many connections', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    ['a refused connection', new AggregateError([Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })], '')],
    ['a connection lost mid-query', new QueryFailedError('SELECT', [], new Error('Connection terminated unexpectedly'))],
    ["the pool's connection timeout", new Error('timeout exceeded when trying to connect')],
  ])('turns %s into 503', (_label, error) => {
    expect(toApiError(error)).toEqual({
      statusCode: 503,
      code: 'DATABASE_UNAVAILABLE',
      error: 'Service Unavailable',
      message: expect.stringContaining('database is unavailable'),
    });
  });

  it("keeps a client status from Fastify's own errors", () => {
    const error = Object.assign(new Error('too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toApiError(error)).toEqual(expect.objectContaining({ statusCode: 413, error: 'Payload Too Large', code: 'BODY_TOO_LARGE' }));
  });

  it('hides the details of anything unexpected behind a 500', () => {
    expect(toApiError(new Error('connection string has password hunter2'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'INTERNAL_ERROR',
      message: 'Internal server error',
    });
  });

  it('gives a domain error the status of its code, its data apart from details, and its details', () => {
    const error = new DomainError('FILE_MISSING', 'No file', { field: 'file', details: [{ line: 2 }] });
    expect(toApiError(error, 'req-2')).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'FILE_MISSING',
      message: 'No file',
      data: { field: 'file' },
      details: [{ line: 2 }],
      requestId: 'req-2',
    });
  });

  it('treats a domain error whose code has no status as our own fault', () => {
    expect(toApiError(new DomainError('NO_SUCH_CODE', 'x'))).toEqual(expect.objectContaining({ statusCode: 500, code: 'INTERNAL_ERROR' }));
  });

  it("gives Fastify's client errors, handed on by Nest as HTTP exceptions, their own code", () => {
    const cause = Object.assign(new Error("Body is not valid JSON but content-type is set to 'application/json'"), {
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    });
    expect(toApiError(new HttpException(cause.message, 400, { cause }))).toEqual(expect.objectContaining({ statusCode: 400, code: 'MALFORMED_JSON' }));
  });

  it('keeps the code a validation failure carries', () => {
    expect(toApiError(new BadRequestException({ code: 'VALIDATION_FAILED', message: 'Validation failed: x', details: [] })).code).toBe('VALIDATION_FAILED');
  });
});

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_ERROR_CODES, type ApiErrorCode } from './error-codes.js';

/** The one error shape of the whole API. */
export class ApiErrorResponse {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({
    enum: API_ERROR_CODES,
    enumName: 'ApiErrorCode',
    example: 'VALIDATION_FAILED',
    description: 'Stable, machine-readable reason; clients translate this (with `data`), not `message`',
  })
  code: ApiErrorCode;
  @ApiProperty({ description: 'English, for logs and API clients', example: 'Validation failed: timeZone must be an IANA time zone such as "Asia/Bangkok"' })
  message: string;
  @ApiPropertyOptional({
    description: 'Machine-readable particulars; for validation errors a list of { field, messages }',
    example: [{ field: 'timeZone', messages: ['timeZone must be an IANA time zone such as "Asia/Bangkok"'] }],
  })
  details?: unknown;
  @ApiPropertyOptional({
    description: 'The values a translated message of this code needs, e.g. { room, session, from, to } for ROOM_TAKEN',
    type: 'object',
    additionalProperties: true,
    example: { opensAt: '2026-03-01T00:00:00.000Z' },
  })
  data?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'The request id, also in the X-Request-Id header' }) requestId?: string;
}

export interface FieldError {
  field: string;
  messages: string[];
}

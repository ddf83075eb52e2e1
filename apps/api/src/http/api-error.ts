import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one error shape of the whole API. */
export class ApiErrorResponse {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Validation failed: timeZone must be an IANA time zone such as "Asia/Bangkok"' }) message: string;
  @ApiPropertyOptional({
    description: 'Machine-readable particulars; for validation errors a list of { field, messages }',
    example: [{ field: 'timeZone', messages: ['timeZone must be an IANA time zone such as "Asia/Bangkok"'] }],
  })
  details?: unknown;
  @ApiPropertyOptional({ description: 'The request id, also in the X-Request-Id header' }) requestId?: string;
}

export interface FieldError {
  field: string;
  messages: string[];
}

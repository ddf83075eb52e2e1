import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthCheckStatus, HealthIndicatorResult } from '@nestjs/terminus';

const BY_INDICATOR = {
  type: 'object' as const,
  additionalProperties: {
    type: 'object' as const,
    properties: { status: { type: 'string' as const, enum: ['up', 'degraded', 'down'] } },
    required: ['status'],
  },
  example: { database: { status: 'up' }, queue: { status: 'up' } },
};

/** Terminus's health check result: the overall state, and each indicator (database, queue) by name. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error', 'degraded', 'shutting_down'] }) status: HealthCheckStatus;
  @ApiPropertyOptional({ ...BY_INDICATOR, description: 'Indicators that are up' }) info?: Partial<HealthIndicatorResult>;
  @ApiPropertyOptional({ ...BY_INDICATOR, description: 'Indicators that are down' }) error?: Partial<HealthIndicatorResult>;
  @ApiProperty({ ...BY_INDICATOR, description: 'Every indicator' }) details: HealthIndicatorResult;
}

import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@app/auth';
import { ApiErrorResponse } from '../http/api-error.js';
import { HealthResponse } from './health.dto.js';
import { QueueHealthIndicator } from './queue.health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'State of the database and the queue: 200 when the database is up, 503 when it is down' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiResponse({ status: 503, description: 'The database (or the queue) is down; details name which', type: ApiErrorResponse })
  async check(): Promise<HealthResponse> {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: 2000 }), () => this.queue.check('queue')]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as { error?: Record<string, unknown> };
      throw new ServiceUnavailableException({ message: `Unhealthy: ${Object.keys(result.error ?? {}).join(', ')} down`, details: result });
    }
  }
}

import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

/** The queue's backend: Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend on our database. */
@Injectable()
export class QueueHealthIndicator implements OnModuleDestroy {
  private redis?: Redis;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    const backend = this.config.REDIS_URL ? 'redis' : 'postgres';
    try {
      if (this.config.REDIS_URL) {
        this.redis ??= new Redis(this.config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
        if (this.redis.status === 'wait') await this.redis.connect();
        await this.redis.ping();
      } else {
        await this.dataSource.query('SELECT 1');
      }
      return indicator.up({ backend });
    } catch (error) {
      return indicator.down({ backend, message: error instanceof Error ? error.message : String(error) });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}

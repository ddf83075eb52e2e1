import type { AppConfig } from '@app/config';
import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';

export type QueueBackendName = 'redis' | 'postgres';

/**
 * One BullMQ code path on either backend: Redis when REDIS_URL is set, otherwise BullMQ's
 * PostgreSQL backend (schema `bullmq`) on our own database.
 */
export function queueConnection(config: AppConfig, databaseUrl: string): { backend: QueueBackendName; connection: object } {
  if (config.REDIS_URL) {
    const url = new URL(config.REDIS_URL);
    return {
      backend: 'redis',
      connection: {
        host: url.hostname,
        port: Number(url.port || 6379),
        username: url.username ? decodeURIComponent(url.username) : undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
        tls: url.protocol === 'rediss:' ? {} : undefined,
        maxRetriesPerRequest: null,
      },
    };
  }
  setDefaultBackendFactory(createPostgresBackend as never);
  return {
    backend: 'postgres',
    connection: {
      connectionString: databaseUrl,
      migrate: true,
      max: 10,
      // The queue's own commits need not wait for the disk: the outbox is the record. A job lost in a
      // crash leaves its row `queued` (relayed again) or `sending` (run again, and the delivery's claim
      // skips a row already recorded sent); BullMQ otherwise holds its per-queue limiter lock across
      // every claim's WAL flush, so claims went single file at the disk's pace.
      options: '-c synchronous_commit=off',
    },
  };
}

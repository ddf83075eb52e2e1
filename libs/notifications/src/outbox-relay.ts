import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { DELIVER_NOTIFICATION_JOB, type DeliverNotificationJob, jobIdFor, NOTIFICATIONS_QUEUE } from './queue-contract.js';

/** How many outbox rows one queue job carries (see jobShape). */
export const ROWS_PER_JOB = Symbol('ROWS_PER_JOB');

const BATCH_SIZE = 500;
const ENQUEUE_TIMEOUT_MS = 10_000;
// A row queued this long ago and still not sent may have lost its job (a Redis flushed or replaced).
const STRANDED_AFTER = '10 minutes';

/**
 * Moves committed outbox rows into the queue. Rows are locked with FOR UPDATE SKIP LOCKED, so
 * several workers share the work without doubles, and marked `queued` only in the transaction
 * that enqueued them: if the queue is down the rows simply stay pending until it is back.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: pg.Client;
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private lastStrandedCheck = 0;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue<DeliverNotificationJob>,
    private readonly config: AppConfig,
    @Inject(ROWS_PER_JOB) private readonly rowsPerJob: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queue.on('error', (error) => this.logger.warn(`Queue connection: ${error.message}`));
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** Relays everything due now; returns how many rows went into the queue. */
  async relayDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < BATCH_SIZE) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.relayDue();
        if (Date.now() - this.lastStrandedCheck > 60_000) await this.releaseStranded();
      } catch (error) {
        this.logger.warn(`Relay paused: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.OUTBOX_POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; generation: number }[] = await manager.query(
        `SELECT id, generation FROM notifications
          WHERE state = 'pending' AND (send_after IS NULL OR send_after <= now())
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      await withTimeout(
        this.queue.addBulk(
          chunks(rows, this.rowsPerJob).map((chunk) => ({
            name: DELIVER_NOTIFICATION_JOB,
            data: { notificationIds: chunk.map((row) => row.id) },
            opts: { jobId: jobIdFor(chunk[0].id, chunk[0].generation) },
          })),
        ),
        ENQUEUE_TIMEOUT_MS,
      );
      await manager.query(`UPDATE notifications SET state = 'queued', queued_at = now(), updated_at = now() WHERE id = ANY($1)`, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  /** Hands long-queued rows back to the relay; re-adding an existing job id is a no-op in BullMQ. */
  private async releaseStranded(): Promise<void> {
    this.lastStrandedCheck = Date.now();
    await this.dataSource.query(
      `UPDATE notifications SET state = 'pending', updated_at = now()
        WHERE state = 'queued' AND queued_at < now() - interval '${STRANDED_AFTER}'`,
    );
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    try {
      this.listener = new pg.Client({ connectionString: options.url, application_name: 'plenary-outbox-relay' });
      this.listener.on('notification', () => this.wake?.());
      // Losing the LISTEN connection only slows the relay down to its poll interval.
      this.listener.on('error', (error) => this.logger.warn(`LISTEN connection lost: ${error.message}`));
      await this.listener.connect();
      await this.listener.query('LISTEN plenary_outbox');
    } catch (error) {
      this.logger.warn(`Polling only: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

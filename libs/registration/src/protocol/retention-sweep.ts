import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataProtectionService } from './data-protection.service.js';

const SWEEP_EVERY_MS = 60 * 60_000;

/** In the worker: erases passport data and free-text needs of events whose retention date has passed. */
@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionSweep.name);
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(private readonly dataProtection: DataProtectionService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** `now` is the clock the retention dates are read against; tests pass a later one. */
  sweep(now: Date = new Date()): Promise<number> {
    this.sweeping ??= (async () => {
      try {
        return await this.dataProtection.eraseDue(now);
      } catch (error) {
        this.logger.warn(`Retention sweep paused: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      } finally {
        this.sweeping = undefined;
      }
    })();
    return this.sweeping;
  }
}

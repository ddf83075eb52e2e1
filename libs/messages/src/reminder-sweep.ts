import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RemindersService } from './reminders.service.js';

const SWEEP_EVERY_MS = 30_000;

/** In the worker: sends the organisers' reminders whose time has come. */
@Injectable()
export class ReminderSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderSweep.name);
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(private readonly reminders: RemindersService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  sweep(): Promise<number> {
    this.sweeping ??= this.reminders
      .sendDue()
      .catch((error: unknown) => {
        this.logger.warn(`Reminders paused: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      })
      .finally(() => {
        this.sweeping = undefined;
      });
    return this.sweeping;
  }
}

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RegistrationService } from './registration.service.js';

const SWEEP_EVERY_MS = 30_000;

/** In the worker: lapses offered places whose time ran out, so the next in line gets the offer. */
@Injectable()
export class OfferExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OfferExpiry.name);
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(private readonly registrations: RegistrationService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** Lapses every expired offer; several workers share the work (SKIP LOCKED). */
  sweep(): Promise<number> {
    this.sweeping ??= (async () => {
      let lapsed = 0;
      try {
        while (await this.registrations.expireOneOffer()) lapsed++;
      } catch (error) {
        this.logger.warn(`Offer expiry paused: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.sweeping = undefined;
      }
      return lapsed;
    })();
    return this.sweeping;
  }
}

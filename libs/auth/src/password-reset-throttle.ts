import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { limiterStore, tooManyAttempts } from './login-throttle.js';

/** Reset mails one address receives per window, whoever asks: enough for a lost mail, too few to flood a mailbox. */
export const RESET_MAILS_PER_EMAIL = 3;

/**
 * Reset requests, counted in the login limits' window. A client asking too often gets 429; an address
 * asked for too often simply gets no more mail, with the same 202, so the limit says nothing about
 * whether the account exists and nobody can block another person's reset by asking in their name.
 */
@Injectable()
export class PasswordResetThrottle implements OnModuleInit {
  private perClient: RateLimiterPostgres;
  private perEmail: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const common = limiterStore(this.dataSource, this.config);
    this.perClient = new RateLimiterPostgres({ ...common, keyPrefix: 'reset-client', points: this.config.LOGIN_LIMIT_PER_IP });
    this.perEmail = new RateLimiterPostgres({ ...common, keyPrefix: 'reset-email', points: RESET_MAILS_PER_EMAIL });
  }

  /** Throws RATE_LIMITED for a client over its limit; false when the address has had its mails for now. */
  async mayMail(ip: string, email: string): Promise<boolean> {
    try {
      await this.perClient.consume(ip);
    } catch (rejection) {
      throw tooManyAttempts(rejection, 'password reset requests');
    }
    try {
      await this.perEmail.consume(email);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }
}

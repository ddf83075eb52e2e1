import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuthError } from './auth.error.js';

/**
 * Login attempts counted per IP and per account, in PostgreSQL so that every api replica
 * shares the count. Crossing either limit answers 429 with Retry-After.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit {
  private perIp: RateLimiterPostgres;
  private perAccount: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const storeClient = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = { storeClient, storeType: 'pool', tableName: 'login_rate_limits', tableCreated: true, duration: this.config.LOGIN_LIMIT_WINDOW_SECONDS };
    this.perIp = new RateLimiterPostgres({ ...common, keyPrefix: 'ip', points: this.config.LOGIN_LIMIT_PER_IP });
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: this.config.LOGIN_LIMIT_PER_ACCOUNT });
  }

  async consume(ip: string, email: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
      await this.perAccount.consume(email);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AuthError('RATE_LIMITED', `Too many login attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds, details: { retryAfterSeconds } });
    }
  }

  /** A successful login clears the account's count, not the IP's. */
  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

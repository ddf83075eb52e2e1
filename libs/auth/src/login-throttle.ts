import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuthError } from './auth.error.js';

/**
 * Failed logins counted per client IP and per account *from that client*, in PostgreSQL so that
 * every api replica shares the count. Crossing either limit answers 429 with Retry-After to that
 * client only: failures from elsewhere never lock the rightful owner out of their account.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit {
  private perIp: RateLimiterPostgres;
  private perAccountAndClient: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const storeClient = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = { storeClient, storeType: 'pool', tableName: 'login_rate_limits', tableCreated: true, duration: this.config.LOGIN_LIMIT_WINDOW_SECONDS };
    this.perIp = new RateLimiterPostgres({ ...common, keyPrefix: 'ip', points: this.config.LOGIN_LIMIT_PER_IP });
    this.perAccountAndClient = new RateLimiterPostgres({ ...common, keyPrefix: 'account-client', points: this.config.LOGIN_LIMIT_PER_ACCOUNT });
  }

  /**
   * Taken before the password is checked and given back by {@link succeeded}, so only failures
   * count; checking first and counting after would let parallel guesses all pass the check.
   */
  async consume(ip: string, email: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
      await this.perAccountAndClient.consume(accountAndClient(email, ip));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AuthError('RATE_LIMITED', `Too many failed login attempts; try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
        details: { retryAfterSeconds },
      });
    }
  }

  /** A successful login takes back its own attempt and clears this client's failures on the account. */
  async succeeded(ip: string, email: string): Promise<void> {
    await Promise.all([this.perIp.reward(ip, 1), this.perAccountAndClient.delete(accountAndClient(email, ip))]);
  }
}

function accountAndClient(email: string, ip: string): string {
  return `${email}|${ip}`;
}

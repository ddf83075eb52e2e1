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
    const common = limiterStore(this.dataSource, this.config);
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
      throw tooManyAttempts(rejection, 'failed login attempts');
    }
  }

  /** A successful login takes back its own attempt and clears this client's failures on the account. */
  async succeeded(ip: string, email: string): Promise<void> {
    await Promise.all([this.perIp.reward(ip, 1), this.perAccountAndClient.delete(accountAndClient(email, ip))]);
  }
}

/** A limiter's refusal as the 429 the client sees (with Retry-After); anything else as it came. */
export function tooManyAttempts(rejection: unknown, what: string): unknown {
  if (!(rejection instanceof RateLimiterRes)) return rejection;
  const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return new AuthError('RATE_LIMITED', `Too many ${what}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds, details: { retryAfterSeconds } });
}

/** The limiters' common settings: counts in PostgreSQL (login_rate_limits), shared by every replica. */
export function limiterStore(dataSource: DataSource, config: AppConfig) {
  const storeClient = (dataSource.driver as unknown as { master: unknown }).master;
  return { storeClient, storeType: 'pool', tableName: 'login_rate_limits', tableCreated: true, duration: config.LOGIN_LIMIT_WINDOW_SECONDS };
}

function accountAndClient(email: string, ip: string): string {
  return `${email}|${ip}`;
}

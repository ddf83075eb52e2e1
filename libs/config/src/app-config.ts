import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  validateSync,
  ValidationError,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isIP } from 'node:net';

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return value; // left as a string so @IsBoolean names the variable
};
const toInt = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  return /^-?\d+$/.test(String(value).trim()) ? Number(value) : value;
};
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : value;

/** What proxy-addr (Fastify's trustProxy) accepts: an address, an address/prefix, or one of its named ranges. */
@ValidatorConstraint({ name: 'proxyAddresses' })
class ProxyAddresses implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Array.isArray(value) && value.every((item) => typeof item === 'string' && isProxyAddress(item));
  }

  defaultMessage(): string {
    return 'TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges (e.g. 10.0.0.0/8,::1), or loopback, linklocal, uniquelocal';
  }
}

function isProxyAddress(item: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return true;
  const [address, prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every environment variable Plenary reads, with its default. Validated once at boot by
 * {@link loadConfig}; nothing else in the code reads `process.env`.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Public base URL, used in links sent by mail. Unset: http://localhost:<PORT>. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  /** Proxies whose X-Forwarded-For is believed (addresses/CIDRs). Empty: the client is the socket's peer. */
  @Transform(toList)
  @Validate(ProxyAddresses)
  TRUSTED_PROXIES: string[] = [];

  @IsString()
  DATA_DIR = './.data';

  /** The built web app (index.html and assets/); unset: dist/web of this checkout. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_ROOT?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Plenary <no-reply@plenary.local>';

  /** HS256 key for access tokens. Unset: generated once and kept in DATA_DIR (single machine only). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 900;

  @IsEmail()
  ADMIN_EMAIL = 'admin@plenary.local';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  ADMIN_PASSWORD?: string;

  @IsIn(['text', 'json'])
  LOG_FORMAT: 'text' | 'json' = 'text';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Run the queue worker inside the api process (the single-machine default). */
  @Transform(toBoolean)
  @IsBoolean()
  RUN_WORKER = true;

  /**
   * With RUN_WORKER, `npm start` runs the worker in a thread of its own, so that rendering and sending mail
   * never hold up an HTTP response; false shares the api's event loop (kept to measure the difference).
   */
  @Transform(toBoolean)
  @IsBoolean()
  WORKER_THREAD = true;

  /**
   * How much the worker thread yields the CPU to the api's thread (Linux nice, 0–19): a delegate waiting for a
   * page comes before a notice that has minutes to go out. 0 gives both the same share.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(19)
  WORKER_THREAD_NICENESS = 10;

  /** Load the demo ASEAN+3 conference when the database is empty. */
  @Transform(toBoolean)
  @IsBoolean()
  LOAD_DEMO = true;

  /** Messages a worker process sends in parallel. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  QUEUE_CONCURRENCY = 10;

  /** Global cap on messages per minute, across every worker (SMTP providers' limits). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_RATE_PER_MINUTE = 600;

  /** Delivery attempts before a notification is marked failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS = 6;

  /** First retry delay; each later one doubles, with jitter. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_BACKOFF_MS = 5000;

  /** How often the outbox relay looks for work besides being woken by LISTEN/NOTIFY. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_PER_ACCOUNT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_WINDOW_SECONDS = 900;

  /** Largest slide file accepted per upload (bytes); larger answers 413. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  SLIDES_MAX_BYTES = 200 * 1024 * 1024;

  /** Largest speaker photo accepted (bytes). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  PHOTO_MAX_BYTES = 5 * 1024 * 1024;

  /** Largest file a delegate may give as the answer to a file question (bytes). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  ANSWER_FILE_MAX_BYTES = 10 * 1024 * 1024;

  /** Uploaded files on local disk (when no S3 store is set). Unset: DATA_DIR/uploads. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  UPLOADS_DIR?: string;

  /** An S3-compatible object store for uploads (several api replicas need one). Set all or none of S3_*. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a valid bucket name' })
  S3_BUCKET?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** How many api processes serve this deployment (docker/compose.yml sets it): more than one refuses per-machine state. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  API_REPLICAS = 1;
}

export class ConfigError extends Error {}

const S3_KEYS = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
const OPTIONAL_STORAGE_KEYS = ['UPLOADS_DIR', ...S3_KEYS];

/** Reads and validates the environment; throws a {@link ConfigError} naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'WEB_ROOT', 'DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'JWT_SECRET', 'ADMIN_PASSWORD', ...OPTIONAL_STORAGE_KEYS]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  // `PORT=8080 npm start` must not mail links to :3000.
  if (raw.PUBLIC_URL === undefined && Number.isInteger(config.PORT)) config.PUBLIC_URL = `http://localhost:${config.PORT}`;
  const errors = validateSync(config, { whitelist: true });
  const s3Given = S3_KEYS.filter((key) => config[key] !== undefined);
  if (s3Given.length > 0 && s3Given.length < S3_KEYS.length) {
    const missing = S3_KEYS.filter((key) => config[key] === undefined);
    errors.push(
      Object.assign(new ValidationError(), {
        property: missing.join(', '),
        value: undefined,
        constraints: { s3: `S3 storage needs ${S3_KEYS.join(', ')} together` },
      }),
    );
  }
  if (config.API_REPLICAS > 1) {
    // What a single machine keeps on its own disk would differ from one replica to the next.
    const perMachine = [
      ...(config.S3_BUCKET === undefined ? ['S3_* (uploads would stay on the disk of the replica that received them)'] : []),
      ...(config.DATABASE_URL === undefined ? ['DATABASE_URL (each replica would run its own embedded PostgreSQL)'] : []),
      ...(config.JWT_SECRET === undefined ? ['JWT_SECRET (each replica would sign tokens with its own key)'] : []),
    ];
    if (perMachine.length > 0) {
      const constraints = { replicas: `several api replicas need shared storage: set ${perMachine.join(', ')}` };
      errors.push(Object.assign(new ValidationError(), { property: 'API_REPLICAS', value: config.API_REPLICAS, constraints }));
    }
  }
  if (errors.length > 0) {
    const lines = errors.map((error) => `${error.property}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  return config;
}

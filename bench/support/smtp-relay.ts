import { fileURLToPath } from 'node:url';
import { BenchProcess } from './processes.js';
import type { RelayMessage } from './smtp-relay-main.js';

const RELAY_MAIN = fileURLToPath(new URL('./smtp-relay-main.js', import.meta.url));

/**
 * The SMTP server of a bench, in its own process (see smtp-relay-main.ts): what it costs stays out of
 * the process measured, as a real relay's does. Acceptance times arrive in this process's
 * `performance.now()` time, so they compare with times taken here.
 */
export class SmtpRelay {
  private listener: (address: string, acceptedAt: number, bytes: number) => void = () => undefined;

  private constructor(
    private readonly process: BenchProcess,
    readonly url: string,
  ) {
    process.onMessage((message: RelayMessage) => {
      if (!('accepted' in message)) return;
      for (const [address, at, bytes] of message.accepted) this.listener(address, at - performance.timeOrigin, bytes);
    });
  }

  static async start(): Promise<SmtpRelay> {
    const child = BenchProcess.start('SMTP relay', RELAY_MAIN, {}, { ipc: true });
    const port = await child.listeningPort();
    return new SmtpRelay(child, `smtp://127.0.0.1:${port}`);
  }

  /** Called for every recipient's message the relay accepted (one listener). */
  onAccepted(listener: (address: string, acceptedAt: number, bytes: number) => void): void {
    this.listener = listener;
  }

  cpuMs(): number {
    return this.process.cpuMs();
  }

  async stop(): Promise<void> {
    await this.process.stop(5_000);
  }
}

import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { closeAtFileEnd } from './leftovers.js';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

/** What the sink answers to the next messages: accept, a transient 4xx, or a permanent 5xx. */
export type SinkMode = { kind: 'accept' } | { kind: 'reject'; code: number; message?: string };

/**
 * A real SMTP server in the test process (smtp-server), parsing what it receives with mailparser.
 * It can refuse messages with a chosen code, or stop listening and come back on the same port.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  mode: SinkMode = { kind: 'accept' };
  /**
   * How long the sink holds each message after its data has arrived before answering (a slow
   * server). A client cut off during the wait has sent the whole message: the sink still records
   * it, as a real server that accepted the data would deliver it, though the client never saw the 250.
   */
  delayMs = 0;
  /** Up to this much more, at random per message, so that parallel deliveries do not move in step. */
  delayJitterMs = 0;
  private server?: SMTPServer;
  private port = 0;
  private untrack = () => {};

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<this> {
    this.untrack = closeAtFileEnd('an SMTP sink', () => this.stop());
    this.server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 50 * 1024 * 1024,
      onData: (stream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const delay = this.delayMs + Math.random() * this.delayJitterMs;
          if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
          if (this.mode.kind === 'reject') {
            const error = Object.assign(new Error(this.mode.message ?? 'Rejected by test'), { responseCode: this.mode.code });
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            raw,
            parsed: await simpleParser(raw),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    // A client killed in the middle of a message (the SIGKILL fault tests) resets its connection:
    // smtp-server re-emits that as the server's 'error', which would otherwise crash the test process.
    this.server.on('error', () => undefined);
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.untrack();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.envelope.to.includes(address.toLowerCase()));
  }
}

export async function startSmtpSink(options: { delayMs?: number; delayJitterMs?: number } = {}): Promise<SmtpSink> {
  const sink = new SmtpSink();
  sink.delayMs = options.delayMs ?? 0;
  sink.delayJitterMs = options.delayJitterMs ?? 0;
  return sink.start();
}

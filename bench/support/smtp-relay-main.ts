import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The bench's SMTP server, in a process of its own as a relay is to the worker: it reads each
 * message whole and answers 250, without parsing it. It tells its parent, in batches, when it
 * accepted each recipient's message (on the machine's clock: `performance.timeOrigin + now()`).
 */
export type Accepted = [address: string, acceptedAt: number, bytes: number];
export type RelayMessage = { port: number } | { accepted: Accepted[] };

let accepted: Accepted[] = [];
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, session, callback) {
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    stream.on('end', () => {
      const at = performance.timeOrigin + performance.now();
      for (const recipient of session.envelope.rcptTo) accepted.push([recipient.address, at, bytes]);
      callback();
    });
  },
});
// A client killed in the middle of a message resets its connection: not a reason to stop.
server.on('error', () => undefined);

const send = (message: RelayMessage) => process.send?.(message);
const flush = setInterval(() => {
  if (accepted.length === 0) return;
  send({ accepted });
  accepted = [];
}, 10);
server.listen(0, '127.0.0.1', () => send({ port: (server.server.address() as AddressInfo).port }));
// The parent going away (its IPC channel closing) ends the relay too, whatever the parent's outcome.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => {
  clearInterval(flush);
  server.close(() => process.exit(0));
});

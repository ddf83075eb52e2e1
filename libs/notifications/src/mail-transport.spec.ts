import { loadConfig } from '@app/config';
import { startSmtpSink, type SmtpSink } from '@app/testing';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { isPermanentMailError, MailTransport, MessageChunks } from './mail-transport.js';

describe('isPermanentMailError', () => {
  it.each([
    [{ responseCode: 550 }, true],
    [{ responseCode: 554 }, true],
    [{ responseCode: 451 }, false],
    [{ responseCode: 421 }, false],
    [{ code: 'ECONNECTION' }, false],
    [{ code: 'ETIMEDOUT' }, false],
    [new Error('anything else'), false],
  ])('%o → permanent: %s', (error, permanent) => {
    expect(isPermanentMailError(error)).toBe(permanent);
  });
});

describe('MessageChunks', () => {
  async function chunksOf(pieces: Buffer[]): Promise<Buffer[]> {
    const out: Buffer[] = [];
    const stream = Readable.from(pieces).pipe(new MessageChunks());
    for await (const chunk of stream) out.push(chunk as Buffer);
    return out;
  }

  it('passes a small message on as one piece, byte for byte', async () => {
    const pieces = ['Subject: Xác nhận\r\n', '\r\n', 'Kính gửi Quý vị,\r\n', '.\r\n'].map((text) => Buffer.from(text));
    const out = await chunksOf(pieces);
    expect(out).toHaveLength(1);
    expect(out[0].equals(Buffer.concat(pieces))).toBe(true);
  });

  it('holds at most about 64 KiB before passing a piece on', async () => {
    const pieces = Array.from({ length: 40 }, (_, index) => Buffer.alloc(4096, index));
    const out = await chunksOf(pieces);
    expect(out.map((chunk) => chunk.length)).toEqual([65536, 65536, 32768]);
    expect(Buffer.concat(out).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('passes nothing on for an empty message', async () => {
    expect(await chunksOf([])).toEqual([]);
    expect((await buffer(Readable.from([]).pipe(new MessageChunks()))).length).toBe(0);
  });
});

describe('MailTransport over SMTP', () => {
  let sink: SmtpSink;
  let transport: MailTransport;
  const written: string[] = [];
  const write = Socket.prototype.write;

  beforeAll(async () => {
    sink = await startSmtpSink();
    transport = new MailTransport(loadConfig({ SMTP_URL: sink.url, QUEUE_CONCURRENCY: '1' }));
    const port = Number(new URL(sink.url).port);
    // What nodemailer hands its socket, one entry per write (not the sink's answers, in this process too).
    Socket.prototype.write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
      if (this.remotePort === port) written.push(String(chunk));
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof write;
  });

  afterAll(async () => {
    Socket.prototype.write = write;
    transport?.onApplicationShutdown();
    await sink?.stop();
  });

  it('sends a message of text and HTML in one write after DATA, as the server reads it', async () => {
    await transport.send({
      notificationId: 'n-1',
      to: { name: 'Nguyễn Thị Lan', address: 'lan@example.org' },
      subject: 'Xác nhận đăng ký',
      text: 'Kính gửi Quý vị,\n\n'.repeat(40),
      html: `<p>${'Kính gửi Quý vị, '.repeat(40)}</p>`,
      language: 'vi',
      headers: { 'List-Unsubscribe': '<https://plenary.example.org/unsubscribe?token=t>' },
    });
    const data = written.findIndex((text) => text.startsWith('DATA'));
    // The message and the closing dot: the first holds every header and both parts.
    const message = written.slice(data + 1);
    expect(message).toHaveLength(2);
    expect(message[0]).toContain('Content-Language: vi');
    expect(message[0]).toContain('text/html');
    expect(message[1]).toMatch(/^(\r\n)?\.\r\n$/);
    const [received] = sink.to('lan@example.org');
    expect(received.parsed.subject).toBe('Xác nhận đăng ký');
    expect(received.parsed.text).toContain('Kính gửi Quý vị');
  });
});

import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, ensurePrivateFolder, PRIVATE_FILE_MODE } from '@app/config';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Becomes the file name of a demo `.eml`; never part of a header. */
  notificationId: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  language: string;
  /** List-Unsubscribe and the like; values are built by us, never from what a user typed. */
  headers?: Record<string, string>;
}

export interface MailReceipt {
  messageId: string;
}

/**
 * The one nodemailer transporter of a worker process: pooled SMTP when SMTP_URL is set, otherwise
 * `.eml` files under DATA_DIR/mail so a person trying the demo can open what was sent.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly mailDir?: string;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transporter = nodemailer.createTransport({
        url: config.SMTP_URL,
        pool: true,
        maxConnections: Math.min(config.QUEUE_CONCURRENCY, 10),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      this.transporter.use('stream', (mail, done) => {
        mail.message.transform(() => new MessageChunks());
        done();
      });
    } else {
      this.mailDir = resolve(config.DATA_DIR, 'mail');
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    }
  }

  get mode(): 'smtp' | 'files' {
    return this.mailDir ? 'files' : 'smtp';
  }

  async send(mail: OutgoingMail): Promise<MailReceipt> {
    const info = await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      // An address object: nodemailer encodes the name, so a CR/LF typed into it cannot add a header.
      to: { name: mail.to.name.replace(/[\r\n]+/g, ' '), address: mail.to.address },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { ...mail.headers, 'Content-Language': mail.language },
    });
    if (this.mailDir) {
      await ensurePrivateFolder(this.mailDir);
      const file = join(this.mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.notificationId}.eml`);
      // Each message holds private links (registration management, invitations): for this account's eyes only.
      await writeFile(file, info.message as Buffer, { mode: PRIVATE_FILE_MODE });
    }
    return { messageId: info.messageId };
  }

  /** After the queue worker has stopped taking jobs (it closes in beforeApplicationShutdown). */
  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

/**
 * nodemailer writes a message to the socket as it builds it, header by header and part by part:
 * about ten writes, each a system call and on a local relay a wake-up of its reader. Gathered into
 * pieces of up to 64 KiB, a notice of a few KB leaves in one write.
 */
export class MessageChunks extends Transform {
  static readonly size = 64 * 1024;
  private chunks: Buffer[] = [];
  private length = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length >= MessageChunks.size) this.release();
    callback();
  }

  override _flush(callback: () => void): void {
    if (this.length > 0) this.release();
    callback();
  }

  private release(): void {
    this.push(this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length));
    this.chunks = [];
    this.length = 0;
  }
}

/** 5xx answers are final; 4xx, refused connections and timeouts are worth another try. */
export function isPermanentMailError(error: unknown): boolean {
  const responseCode = (error as { responseCode?: number })?.responseCode;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
